-- Security log, dossier access log, and a tamper-evident dossier audit trail
-- (docs/decisions/023-tamper-evident-logs.md).

-- CreateEnum
CREATE TYPE "SecurityEventType" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'SESSION_REVOKED', 'ACCESS_DENIED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'USER_DISABLED', 'USER_ENABLED', 'ADMIN_CHANGE', 'API_KEY_USED');

-- CreateEnum
CREATE TYPE "DossierAccessKind" AS ENUM ('VIEW', 'DOWNLOAD', 'PRINT');

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "SecurityEventType" NOT NULL,
    "actorUserId" TEXT,
    "ip" TEXT,
    "target" TEXT,
    "details" JSONB,
    "seq" BIGINT,
    "prevHash" TEXT,
    "hash" TEXT,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "tableName" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("tableName")
);

-- CreateTable
CREATE TABLE "DossierAccess" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "agencyId" TEXT,
    "role" "StaffRole",
    "kind" "DossierAccessKind" NOT NULL,

    CONSTRAINT "DossierAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SecurityEvent_seq_key" ON "SecurityEvent"("seq");
CREATE INDEX "SecurityEvent_at_idx" ON "SecurityEvent"("at");
CREATE INDEX "SecurityEvent_actorUserId_at_idx" ON "SecurityEvent"("actorUserId", "at");
CREATE INDEX "SecurityEvent_target_at_idx" ON "SecurityEvent"("target", "at");
CREATE INDEX "DossierAccess_dossierId_at_idx" ON "DossierAccess"("dossierId", "at");
CREATE INDEX "DossierAccess_dossierId_userId_at_idx" ON "DossierAccess"("dossierId", "userId", "at");

-- The audit trail outlives its dossier (a deleted draft, or any deletion): no foreign key, the
-- column and its index stay. The Prisma relation is kept for reading (schema.prisma says so).
ALTER TABLE "DossierEvent" DROP CONSTRAINT "DossierEvent_dossierId_fkey";
-- Deleting a user or an agency must not rewrite the trail (it was ON DELETE SET NULL).
ALTER TABLE "DossierEvent" DROP CONSTRAINT "DossierEvent_actorId_fkey";
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "DossierEvent" DROP CONSTRAINT "DossierEvent_agencyId_fkey";
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

ALTER TABLE "DossierEvent" ADD COLUMN "seq" BIGINT, ADD COLUMN "prevHash" TEXT, ADD COLUMN "hash" TEXT;
CREATE UNIQUE INDEX "DossierEvent_seq_key" ON "DossierEvent"("seq");

-- ───── The hash chain ─────
-- A row's link: SHA-256 over the previous row's hash, the row's position and the row itself as
-- canonical JSON (jsonb's text form: keys sorted, one spelling per value; null columns left out,
-- so that adding a nullable column later does not change the old rows' hashes). The chain
-- columns themselves are not part of the row's JSON. scripts/audit-verify.ts recomputes it with
-- its own copy of this expression.
CREATE FUNCTION audit_link(prev_hash TEXT, seq BIGINT, row_json JSONB) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev_hash || '|' || seq::text || '|' ||
    jsonb_strip_nulls(row_json - 'seq' - 'prevHash' - 'hash')::text, 'UTF8')), 'hex')
$$;

-- Seals one inserted row: takes the table's chain head under its row lock, links the row and
-- moves the head. It runs as a constraint trigger deferred to COMMIT, so the head's lock is held
-- only from the commit's start to its end, not across the writer's whole transaction (a
-- transition then its outbox rows), and it is the last lock the transaction takes: no deadlock
-- with the dossier rows. The heads are locked in one order (by table name) whatever the table, so
-- two transactions writing both chained tables cannot deadlock on them either. The position comes
-- from the head, so it has no gaps: a missing position is a deleted row. SECURITY DEFINER: the
-- application's role needs only INSERT and SELECT on the chained tables (README, "Audit and
-- security logs"); search_path is pinned to the migration's, as a definer's function must.
CREATE FUNCTION audit_chain_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  head_seq BIGINT;
  head_hash TEXT;
  link TEXT;
BEGIN
  PERFORM 1 FROM "AuditChainHead" ORDER BY "tableName" FOR UPDATE;
  SELECT seq, hash INTO head_seq, head_hash FROM "AuditChainHead" WHERE "tableName" = TG_TABLE_NAME;
  IF head_seq IS NULL THEN
    RAISE EXCEPTION 'audit chain head of % missing', TG_TABLE_NAME;
  END IF;
  link := audit_link(head_hash, head_seq + 1, to_jsonb(NEW));
  EXECUTE format('UPDATE %I SET seq = $1, "prevHash" = $2, hash = $3 WHERE id = $4', TG_TABLE_NAME)
    USING head_seq + 1, head_hash, link, NEW.id;
  UPDATE "AuditChainHead" SET seq = head_seq + 1, hash = link WHERE "tableName" = TG_TABLE_NAME;
  RETURN NULL;
END
$$;

-- Append-only: refuses UPDATE, DELETE and TRUNCATE, whoever asks (the owner too), except the
-- seal's own updates, which run inside the seal trigger (trigger depth 2): of a chained row not
-- sealed yet ('chained'), of a chain head ('head'). Only a superuser who disables the trigger (or
-- sets session_replication_role) gets past it, and the chain then shows what was changed
-- (npm run audit:verify).
CREATE FUNCTION audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
    IF TG_ARGV[0] = 'head' THEN
      RETURN NEW;
    ELSIF TG_ARGV[0] = 'chained' THEN
      IF OLD.hash IS NULL THEN
        RETURN NEW;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The trail written before this migration joins the chain, oldest first.
DO $$
DECLARE
  r RECORD;
  prev TEXT := '';
  n BIGINT := 0;
BEGIN
  FOR r IN SELECT * FROM "DossierEvent" ORDER BY "createdAt", id LOOP
    n := n + 1;
    UPDATE "DossierEvent" SET seq = n, "prevHash" = prev, hash = audit_link(prev, n, to_jsonb(r)) WHERE id = r.id
      RETURNING hash INTO prev;
  END LOOP;
  INSERT INTO "AuditChainHead" ("tableName", seq, hash) VALUES ('DossierEvent', n, prev);
END
$$;
INSERT INTO "AuditChainHead" ("tableName", seq, hash) VALUES ('SecurityEvent', 0, '');

CREATE CONSTRAINT TRIGGER "DossierEvent_seal" AFTER INSERT ON "DossierEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_seal();
CREATE CONSTRAINT TRIGGER "SecurityEvent_seal" AFTER INSERT ON "SecurityEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_seal();

CREATE TRIGGER "DossierEvent_append_only" BEFORE UPDATE OR DELETE ON "DossierEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only('chained');
CREATE TRIGGER "DossierEvent_no_truncate" BEFORE TRUNCATE ON "DossierEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "SecurityEvent_append_only" BEFORE UPDATE OR DELETE ON "SecurityEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only('chained');
CREATE TRIGGER "SecurityEvent_no_truncate" BEFORE TRUNCATE ON "SecurityEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "DossierAccess_append_only" BEFORE UPDATE OR DELETE ON "DossierAccess"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "DossierAccess_no_truncate" BEFORE TRUNCATE ON "DossierAccess"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
-- The heads move only through the seal.
CREATE TRIGGER "AuditChainHead_append_only" BEFORE UPDATE OR DELETE ON "AuditChainHead"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only('head');
CREATE TRIGGER "AuditChainHead_no_truncate" BEFORE TRUNCATE ON "AuditChainHead"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
