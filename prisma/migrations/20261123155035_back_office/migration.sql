-- CreateEnum
CREATE TYPE "ConsultationState" AS ENUM ('PENDING', 'ANSWERED');

-- CreateEnum
CREATE TYPE "ReappointmentState" AS ENUM ('DRAFT', 'ISSUED');

-- AlterEnum
ALTER TYPE "AttachmentKind" ADD VALUE 'OPINION';

-- DropIndex
DROP INDEX "Dossier_agencyId_status_dueAt_idx";

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "deadlineWarnedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DossierEvent" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "ip" TEXT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "consultationId" TEXT;

-- CreateTable
CREATE TABLE "ProcedureStep" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "durationHours" INTEGER NOT NULL,

    CONSTRAINT "ProcedureStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "requestingAgencyId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "requestedById" TEXT NOT NULL,
    "state" "ConsultationState" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reappointment" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "state" "ReappointmentState" NOT NULL DEFAULT 'DRAFT',
    "previousDueAt" TIMESTAMP(3) NOT NULL,
    "newDueAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "draftedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "issuedAt" TIMESTAMP(3),

    CONSTRAINT "Reappointment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureStep_procedureId_sortOrder_key" ON "ProcedureStep"("procedureId", "sortOrder");

-- CreateIndex
CREATE INDEX "Consultation_agencyId_state_dueAt_idx" ON "Consultation"("agencyId", "state", "dueAt");

-- CreateIndex
CREATE INDEX "Consultation_dossierId_idx" ON "Consultation"("dossierId");

-- CreateIndex
CREATE UNIQUE INDEX "Reappointment_dossierId_key" ON "Reappointment"("dossierId");

-- CreateIndex
CREATE INDEX "Dossier_agencyId_status_dueAt_channel_idx" ON "Dossier"("agencyId", "status", "dueAt", "channel");

-- CreateIndex
CREATE INDEX "Dossier_assigneeId_status_dueAt_idx" ON "Dossier"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Dossier_createdById_status_idx" ON "Dossier"("createdById", "status");

-- CreateIndex
CREATE INDEX "Dossier_status_dueAt_idx" ON "Dossier"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "ProcedureStep" ADD CONSTRAINT "ProcedureStep_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_requestingAgencyId_fkey" FOREIGN KEY ("requestingAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reappointment" ADD CONSTRAINT "Reappointment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reappointment" ADD CONSTRAINT "Reappointment_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
