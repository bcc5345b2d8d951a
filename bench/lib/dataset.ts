// A realistic province at scale, generated inside PostgreSQL with set-based SQL (no row-by-row
// ORM writes): citizens, dossiers over three years across every seeded procedure and its
// agencies, in every status, ≈ 6 events and 2 attachment records per dossier.
import pg from "pg";
import { toSearchText } from "../../lib/text/normalize";
import { COMPLETION_SQL, RESOLVED_STATUSES_SQL } from "../../lib/statistics/completion-sql";
import { WARNED_STATUSES } from "../../lib/deadlines/deadline-warning";

export type DatasetSize = { dossiers: number; citizens: number };
export const FULL: DatasetSize = { dossiers: 1_000_000, citizens: 300_000 };
export const QUICK: DatasetSize = { dossiers: 50_000, citizens: 15_000 };

const DAYS = 3 * 365;

/** What the benchmarks need to address rows of the generated set. */
export type DatasetInfo = {
  sampleCode: string;
  samplePersonalId: string;
  citizenWithDossiers: string;
  seconds: number;
  rows: Record<string, number>;
};

// Names from parts, each with its search key (lib/text/normalize.ts: lower case, no diacritics),
// so a generated name and its key agree without re-implementing the folding in SQL.
const VIETNAMESE = [
  ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"],
  ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc"],
  ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Ngọc", "Phong", "Tuyết"],
];
const SEARCH_KEYS = VIETNAMESE.map((part) => part.map(toSearchText));
const nameOf = (g: string, parts: string[][]) => {
  const arr = (p: string[]) => `(ARRAY[${p.map((x) => `'${x}'`).join(",")}])`;
  return `${arr(parts[0])}[1 + ${g} % 8] || ' ' || ${arr(parts[1])}[1 + (${g} / 8) % 6] || ' ' || ${arr(parts[2])}[1 + (${g} / 48) % 12] || ' ' || ${g}`;
};

const citizensSql = (n: number) => `
INSERT INTO "User" ("id", "oidcSubject", "personalId", "fullName", "dateOfBirth", "phone", "email", "createdAt")
SELECT 'bu' || g, 'bench-' || g, lpad((800000000000 + g)::text, 12, '0'),
  ${nameOf("g", VIETNAMESE)},
  DATE '1960-01-01' + (g % 15000), '09' || lpad((g % 100000000)::text, 8, '0'), 'cd' || g || '@example.vn', now()
FROM generate_series(1, ${n}) AS g`;

// Pairs of (procedure, competent agency) as the catalogue has them, numbered for picking.
const pairsSql = `
CREATE TEMP TABLE bench_pairs AS
SELECT row_number() OVER (ORDER BY pa."procedureId", pa."agencyId") - 1 AS i,
  row_number() OVER (PARTITION BY pa."agencyId" ORDER BY pa."procedureId") - 1 AS k,
  pa."procedureId", pa."agencyId", a."code" AS "agencyCode"
FROM "ProcedureAgency" pa JOIN "Agency" a ON a."id" = pa."agencyId"`;

// Codes stay unique per agency and day: g ↦ (pair, day, round) is one-to-one with
// round = g / (pairs × days), and the daily sequence is round × m + k, k the pair's rank among
// the agency's m (at most) pairs.
const dossiersSql = (n: number, citizens: number) => `
WITH p AS (SELECT count(*)::int AS n, (SELECT max(k) + 1 FROM bench_pairs)::int AS m FROM bench_pairs),
gen AS (
  SELECT g, g % p.n AS pair, (g / p.n) % ${DAYS} AS day, g / (p.n * ${DAYS}) AS round, p.m, 1 + (g::bigint * 7919) % ${citizens} AS citizen
  FROM generate_series(0, ${n - 1}) AS g, p
),
shaped AS (
  SELECT gen.*, gen.round * gen.m + bp.k AS seq, bp."procedureId", bp."agencyId", bp."agencyCode",
    TIMESTAMPTZ '${startDate()}' + gen.day * INTERVAL '1 day' + (7 + (gen.g % 9)) * INTERVAL '1 hour' AS submitted,
    CASE WHEN gen.g % 100 < 80 THEN 'RETURNED' WHEN gen.g % 100 < 84 THEN 'RESOLVED' WHEN gen.g % 100 < 90 THEN 'PROCESSING'
         WHEN gen.g % 100 < 92 THEN 'RECEIVED' WHEN gen.g % 100 < 94 THEN 'SUBMITTED' WHEN gen.g % 100 < 96 THEN 'SUPPLEMENT_REQUESTED'
         WHEN gen.g % 100 < 97 THEN 'REFUSED' WHEN gen.g % 100 < 98 THEN 'WITHDRAWN' WHEN gen.g % 100 < 99 THEN 'AWAITING_PAYMENT' ELSE 'STOPPED' END AS status,
    CASE WHEN gen.g % 20 < 9 THEN 'ONLINE' WHEN gen.g % 20 < 18 THEN 'COUNTER' ELSE 'POSTAL' END AS channel
  FROM gen JOIN bench_pairs bp ON bp.i = gen.pair
)
INSERT INTO "Dossier" ("id", "code", "procedureId", "agencyId", "receivingAgencyId", "status", "channel", "applicantId",
  "applicantPersonalId", "applicantName", "applicantNameSearch", "submittedAt", "receivedAt", "dueAt", "finishedAt", "returnedAt", "deadlineWarnedAt", "createdAt", "updatedAt")
SELECT 'bd' || s.g, s."agencyCode" || '-' || to_char(s.submitted AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad((s.seq + 1)::text, 4, '0'),
  s."procedureId", s."agencyId", s."agencyId", s.status::"DossierStatus", s.channel::"Channel",
  CASE WHEN s.channel = 'ONLINE' THEN u."id" END, u."personalId", u."fullName", ${nameOf("s.citizen", SEARCH_KEYS)},
  s.submitted, CASE WHEN s.status NOT IN ('SUBMITTED', 'REFUSED') THEN s.submitted + INTERVAL '2 hours' END,
  CASE WHEN s.status NOT IN ('SUBMITTED', 'REFUSED') THEN s.submitted + INTERVAL '5 days' END,
  CASE WHEN s.status IN ('RESOLVED', 'RETURNED') THEN s.submitted + (CASE WHEN s.g % 50 = 0 THEN 6 ELSE 3 END) * INTERVAL '1 day' END,
  CASE WHEN s.status = 'RETURNED' THEN s.submitted + (CASE WHEN s.g % 50 = 0 THEN 6 ELSE 4 END) * INTERVAL '1 day' END,
  -- A province that has run for years warned its open dossiers a day before each due date
  -- (lib/reappointments): without this, the deadline scan would find the whole backlog at once
  -- and take 500 of it every 10 minutes, in the middle of the loads.
  CASE WHEN s.status IN (${WARNED_STATUSES.map((st) => `'${st}'`).join(", ")}) AND s.submitted + INTERVAL '5 days' < now() + INTERVAL '3 days' THEN s.submitted + INTERVAL '4 days' END,
  s.submitted, s.submitted
FROM shaped s JOIN "User" u ON u."id" = 'bu' || s.citizen`;

// The steps a finished dossier went through; open ones stop earlier (≈ 6 on average).
const eventsSql = `
INSERT INTO "DossierEvent" ("id", "dossierId", "action", "fromStatus", "toStatus", "agencyId", "createdAt")
SELECT d."id" || '-e' || s.k, d."id", s.action, s.from_status::"DossierStatus", s.to_status::"DossierStatus", d."agencyId", d."submittedAt" + s.k * INTERVAL '10 hours'
FROM "Dossier" d
CROSS JOIN LATERAL (VALUES
  (1, 'SUBMIT', 'DRAFT', 'SUBMITTED'), (2, 'RECEIVE', 'SUBMITTED', 'RECEIVED'), (3, 'START_PROCESSING', 'RECEIVED', 'PROCESSING'),
  (4, 'PROPOSE_RESULT', 'PROCESSING', 'PROCESSING'), (5, 'APPROVE', 'PROCESSING', 'RESOLVED'), (6, 'RETURN_RESULT', 'RESOLVED', 'RETURNED')
) AS s(k, action, from_status, to_status)
WHERE d."id" LIKE 'bd%' AND s.k <= CASE d."status" WHEN 'RETURNED' THEN 6 WHEN 'RESOLVED' THEN 5 WHEN 'PROCESSING' THEN 4 WHEN 'RECEIVED' THEN 2 ELSE 1 END`;

const attachmentsSql = `
INSERT INTO "Attachment" ("id", "dossierId", "fileName", "mimeType", "sizeBytes", "sha256", "storageKey", "createdAt")
SELECT d."id" || '-a' || k, d."id", 'giay-to-' || k || '.pdf', 'application/pdf', 150000 + (hashtext(d."id") & 1048575), md5(d."id" || k) || md5(d."id"), 'bench/' || d."id" || '-' || k, d."submittedAt"
FROM "Dossier" d CROSS JOIN generate_series(1, 2) AS k WHERE d."id" LIKE 'bd%'`;

// Early / on time / late, as the approving transaction stores it (lib/statistics): without it the
// portal's first statistics refresh would classify the whole set while the loads are measured.
const completionSql = `
UPDATE "Dossier" SET "completion" = ${COMPLETION_SQL}
WHERE "id" LIKE 'bd%' AND "status" IN ${RESOLVED_STATUSES_SQL} AND "finishedAt" IS NOT NULL AND "dueAt" IS NOT NULL`;

function startDate() {
  const start = new Date(Date.now() - DAYS * 86_400_000);
  return `${start.toISOString().slice(0, 10)} 00:00:00+07`;
}

export async function generateDataset(url: string, size: DatasetSize, log: (s: string) => void): Promise<DatasetInfo> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '512MB'");
    // Foreign keys hold by construction; their per-row triggers would dominate the load time.
    await client.query("SET session_replication_role = replica");
    // Secondary indexes are dropped during the load and built once at the end: far faster than
    // maintaining them row by row (unique keys stay, they guard the generated codes).
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
       WHERE i.schemaname = 'public' AND i.tablename IN ('Dossier', 'DossierEvent', 'Attachment') AND NOT x.indisunique`,
    );
    for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
    const steps: [string, string][] = [
      ["citizens", citizensSql(size.citizens)],
      ["pairs", pairsSql],
      ["dossiers", dossiersSql(size.dossiers, size.citizens)],
      ["events", eventsSql],
      ["attachments", attachmentsSql],
      ["completion", completionSql],
    ];
    for (const [name, sql] of steps) {
      const t = Date.now();
      await client.query(sql);
      log(`  dataset: ${name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    await client.query("SET session_replication_role = DEFAULT");
    let t = Date.now();
    for (const i of indexes) await client.query(i.indexdef);
    log(`  dataset: ${indexes.length} indexes rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    // VACUUM as well as ANALYZE: freshly bulk-written tables otherwise draw autovacuum (and its
    // hint-bit writes) into the first measured loads; the checkpoint flushes the generated pages
    // now rather than during a load.
    await client.query("VACUUM (ANALYZE)");
    await client.query("CHECKPOINT");
    log(`  dataset: vacuum, analyze and checkpoint in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
    const rows = {
      dossiers: await count("Dossier"),
      events: await count("DossierEvent"),
      attachments: await count("Attachment"),
      users: await count("User"),
    };
    const sample = (
      await client.query(
        `SELECT "code", "applicantPersonalId" FROM "Dossier" WHERE "id" = 'bd${Math.floor(size.dossiers / 2)}'`,
      )
    ).rows[0];
    return {
      sampleCode: sample.code,
      samplePersonalId: sample.applicantPersonalId,
      citizenWithDossiers: "bu1",
      seconds: (Date.now() - started) / 1000,
      rows,
    };
  } finally {
    await client.end();
  }
}
