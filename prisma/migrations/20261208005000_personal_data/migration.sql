-- Personal data at rest (docs/decisions/021-personal-data-at-rest.md). AES cannot run in SQL
-- with the application's key, so this migration only adds the keyed-hash columns and moves the
-- lookups onto them; `npm run db:migrate` then seals the clear values that remain and fills the
-- hashes (scripts/db/seal-personal-data.ts, idempotent).

-- User: the personal ID is found by its keyed hash, unique like the number was.
ALTER TABLE "User" ADD COLUMN "personalIdHash" TEXT;
DROP INDEX "User_personalId_key";
CREATE UNIQUE INDEX "User_personalIdHash_key" ON "User"("personalIdHash");

-- Dossier: the applicant snapshot's ID number, searched by staff through its keyed hash.
ALTER TABLE "Dossier" ADD COLUMN "applicantPersonalIdHash" TEXT;
DROP INDEX "Dossier_applicantPersonalId_idx";
CREATE INDEX "Dossier_applicantPersonalIdHash_idx" ON "Dossier"("applicantPersonalIdHash");

-- Delivered notifications keep only their metadata after the retention period.
ALTER TABLE "OutboxMessage" ADD COLUMN "piiPurgedAt" TIMESTAMP(3);
CREATE INDEX "OutboxMessage_state_sentAt_idx" ON "OutboxMessage"("state", "sentAt");
