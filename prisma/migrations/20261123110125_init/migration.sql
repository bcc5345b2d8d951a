-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'COMMUNE');

-- CreateEnum
CREATE TYPE "AuthorityLevel" AS ENUM ('PROVINCE', 'COMMUNE');

-- CreateEnum
CREATE TYPE "ServiceLevel" AS ENUM ('FULL_ONLINE', 'PARTIAL_ONLINE');

-- CreateEnum
CREATE TYPE "CopyType" AS ENUM ('ORIGINAL', 'COPY', 'CERTIFIED_COPY', 'ORIGINAL_OR_COPY');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('COUNTER', 'ONLINE', 'POSTAL');

-- CreateEnum
CREATE TYPE "DurationUnit" AS ENUM ('WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS');

-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('FEE', 'CHARGE');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('COUNTER_OFFICER', 'SPECIALIST', 'LEADER', 'POSTAL_OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'MAKEUP_WORKDAY');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RECEIVED', 'REFUSED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'WITHDRAWN', 'STOPPED', 'RESOLVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DossierOutcome" AS ENUM ('GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ResultDelivery" AS ENUM ('COUNTER', 'POST', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('APPLICATION', 'RESULT');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL', 'SMS', 'WEBHOOK', 'NATIONAL_PORTAL');

-- CreateEnum
CREATE TYPE "OutboxState" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "level" "AuthorityLevel" NOT NULL,
    "parentId" TEXT,
    "unitCode" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureField" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ProcedureField_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "authorityLevel" "AuthorityLevel" NOT NULL,
    "serviceLevel" "ServiceLevel" NOT NULL,
    "steps" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "applicants" TEXT NOT NULL,
    "conditions" TEXT,
    "result" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "requiresPersonalPresence" BOOLEAN NOT NULL DEFAULT false,
    "paymentBeforeProcessing" BOOLEAN NOT NULL DEFAULT false,
    "maxDossierBytes" INTEGER NOT NULL DEFAULT 104857600,
    "formDefinition" JSONB NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureAgency" (
    "procedureId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "ProcedureAgency_pkey" PRIMARY KEY ("procedureId","agencyId")
);

-- CreateTable
CREATE TABLE "DocumentComponent" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "copyType" "CopyType" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "templateUrl" TEXT,

    CONSTRAINT "DocumentComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureTiming" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "amount" INTEGER NOT NULL,
    "unit" "DurationUnit" NOT NULL,
    "description" TEXT,

    CONSTRAINT "ProcedureTiming_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureFee" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "kind" "FeeKind" NOT NULL,
    "amountVnd" INTEGER NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ProcedureFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "oidcSubject" TEXT NOT NULL,
    "personalId" TEXT,
    "fullName" TEXT NOT NULL,
    "dateOfBirth" DATE,
    "gender" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "permanentAddress" TEXT,
    "taxCode" TEXT,
    "businessCode" TEXT,
    "businessName" TEXT,
    "assuranceLevel" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,

    CONSTRAINT "StaffMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "procedureId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "receivingAgencyId" TEXT,
    "status" "DossierStatus" NOT NULL DEFAULT 'DRAFT',
    "channel" "Channel" NOT NULL,
    "applicantId" TEXT,
    "applicantPersonalId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantNameSearch" TEXT NOT NULL,
    "applicantBirthDate" DATE,
    "applicantPhone" TEXT,
    "applicantEmail" TEXT,
    "applicantAddress" TEXT,
    "formData" JSONB NOT NULL DEFAULT '{}',
    "resultDelivery" "ResultDelivery" NOT NULL DEFAULT 'COUNTER',
    "outcome" "DossierOutcome",
    "awaitingApproval" BOOLEAN NOT NULL DEFAULT false,
    "assigneeId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "draftExpiresAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierCodeCounter" (
    "agencyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "DossierCodeCounter_pkey" PRIMARY KEY ("agencyId","day")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "DossierStatus",
    "toStatus" "DossierStatus" NOT NULL,
    "actorId" TEXT,
    "agencyId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "componentId" TEXT,
    "kind" "AttachmentKind" NOT NULL DEFAULT 'APPLICATION',
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT,
    "channel" "OutboxChannel" NOT NULL,
    "topic" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "state" "OutboxState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureField_code_key" ON "ProcedureField"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE INDEX "Procedure_fieldId_idx" ON "Procedure"("fieldId");

-- CreateIndex
CREATE INDEX "ProcedureAgency_agencyId_idx" ON "ProcedureAgency"("agencyId");

-- CreateIndex
CREATE INDEX "DocumentComponent_procedureId_sortOrder_idx" ON "DocumentComponent"("procedureId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureTiming_procedureId_channel_key" ON "ProcedureTiming"("procedureId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "User_personalId_key" ON "User"("personalId");

-- CreateIndex
CREATE INDEX "StaffMembership_agencyId_role_idx" ON "StaffMembership"("agencyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "StaffMembership_userId_agencyId_role_key" ON "StaffMembership"("userId", "agencyId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");

-- CreateIndex
CREATE INDEX "Dossier_agencyId_status_dueAt_idx" ON "Dossier"("agencyId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Dossier_applicantId_createdAt_idx" ON "Dossier"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "Dossier_applicantPersonalId_idx" ON "Dossier"("applicantPersonalId");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_createdAt_idx" ON "DossierEvent"("dossierId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_dossierId_idx" ON "Attachment"("dossierId");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_nextAttemptAt_idx" ON "OutboxMessage"("state", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "AdministrativeUnit"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_unitCode_fkey" FOREIGN KEY ("unitCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "ProcedureField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureAgency" ADD CONSTRAINT "ProcedureAgency_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureAgency" ADD CONSTRAINT "ProcedureAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentComponent" ADD CONSTRAINT "DocumentComponent_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureTiming" ADD CONSTRAINT "ProcedureTiming_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureFee" ADD CONSTRAINT "ProcedureFee_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMembership" ADD CONSTRAINT "StaffMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffMembership" ADD CONSTRAINT "StaffMembership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_receivingAgencyId_fkey" FOREIGN KEY ("receivingAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierCodeCounter" ADD CONSTRAINT "DossierCodeCounter_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "DocumentComponent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;
