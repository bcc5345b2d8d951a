-- The officer's recorded choice that a result the applicant asked to receive electronically is
-- issued on paper only, with the reason (lib/dossiers/guards.ts: approval needs the electronic
-- result or this choice).
ALTER TABLE "Dossier" ADD COLUMN "resultPaperOnlyReason" TEXT,
ADD COLUMN "resultPaperOnlyAt" TIMESTAMP(3),
ADD COLUMN "resultPaperOnlyById" TEXT;
