-- Trigram operator classes for the inbox search indexes (contrib module, shipped with
-- PostgreSQL and with PGlite: scripts/lib/embedded-postgres.ts loads it there).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Dossier_applicantNameSearch_idx" ON "Dossier" USING GIN ("applicantNameSearch" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Dossier_code_idx" ON "Dossier" USING GIN ("code" gin_trgm_ops);
