-- The inbox order (issue 5, docs/performance.md): lists over several statuses read one page along it.
CREATE INDEX "Dossier_inbox_order_idx" ON "Dossier"("agencyId", "dueAt", "channel" DESC, "submittedAt", "id");
