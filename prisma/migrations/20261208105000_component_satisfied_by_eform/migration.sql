-- The declaration (tờ khai) a procedure's e-form replaces is satisfied by the e-form, in every
-- route (online, integration API, counter): it is no longer asked for as a file (issue 25, item 1).
ALTER TABLE "DocumentComponent" ADD COLUMN "satisfiedByEForm" BOOLEAN NOT NULL DEFAULT false;

-- The catalogue's declarations "Tờ khai … (theo mẫu …)" are the e-form's content; other papers
-- named "tờ khai" (a tax return, say) are documents of their own and keep being asked for.
UPDATE "DocumentComponent" SET "satisfiedByEForm" = true WHERE "name" LIKE 'Tờ khai %(theo mẫu%';
