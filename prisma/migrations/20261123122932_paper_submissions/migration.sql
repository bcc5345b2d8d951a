-- AlterTable
ALTER TABLE "DocumentComponent" ADD COLUMN     "paperAllowed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PaperSubmission" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaperSubmission_dossierId_componentId_key" ON "PaperSubmission"("dossierId", "componentId");

-- AddForeignKey
ALTER TABLE "PaperSubmission" ADD CONSTRAINT "PaperSubmission_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperSubmission" ADD CONSTRAINT "PaperSubmission_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "DocumentComponent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
