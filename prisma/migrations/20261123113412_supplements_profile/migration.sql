-- CreateEnum
CREATE TYPE "SupplementStage" AS ENUM ('RECEPTION', 'PROCESSING');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'vi',
ADD COLUMN     "notifyByEmail" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyBySms" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "supplementItemId" TEXT;

-- CreateTable
CREATE TABLE "SupplementRequest" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "stage" "SupplementStage" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "SupplementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplementItem" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "componentId" TEXT,
    "label" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "SupplementItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplementRequest_dossierId_createdAt_idx" ON "SupplementRequest"("dossierId", "createdAt");

-- CreateIndex
CREATE INDEX "SupplementItem_requestId_sortOrder_idx" ON "SupplementItem"("requestId", "sortOrder");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_supplementItemId_fkey" FOREIGN KEY ("supplementItemId") REFERENCES "SupplementItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplementRequest" ADD CONSTRAINT "SupplementRequest_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplementRequest" ADD CONSTRAINT "SupplementRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplementItem" ADD CONSTRAINT "SupplementItem_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupplementRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplementItem" ADD CONSTRAINT "SupplementItem_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "DocumentComponent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
