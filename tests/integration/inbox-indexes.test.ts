// The inbox must stay fast with a million dossiers: each query shape it sends is
// served by an index designed for it. The SQL is the one Prisma really sends (recorded at the
// pg driver), explained on a table with a few thousand generated rows. Seq scans are disabled
// for the EXPLAIN so that the plan names the index the planner would use at scale — a missing
// index then shows as a scan of some other index, and the test fails. Timings are measured by
// the benchmarks (`npm run bench`), never here.
import { idNumberHash } from "../../lib/crypto/personal-data";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

const COUNTER = "072085100001";
const GENERATED = 40_000;

type Recorded = { text: string; values: unknown[] };
let recorded: Recorded[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  const citizen = await seedCitizen("Mẫu Chỉ Mục");
  const id = await seedCompleteDraft(citizen);
  await submitDossier(citizen, id);
  const model = await db.dossier.findUniqueOrThrow({ where: { id }, select: { procedureId: true, agencyId: true } });
  const officer = await actorByPersonalId(COUNTER);
  // Spread over agencies, statuses, channels, deadlines and assignees like a real province's table.
  await db.$executeRawUnsafe(
    `INSERT INTO "Dossier" ("id", "code", "procedureId", "agencyId", "receivingAgencyId", "status", "channel",
       "applicantPersonalId", "applicantName", "applicantNameSearch", "assigneeId", "submittedAt", "dueAt", "updatedAt")
     SELECT 'gen-' || g, 'GEN.00.00.H80-' || to_char(DATE '2026-01-01' + (g % 300), 'YYMMDD') || '-' || lpad((g / 300)::text, 4, '0'),
       $1, CASE WHEN g % 4 = 0 THEN $2 ELSE a.ids[1 + g % array_length(a.ids, 1)] END, $2,
       (ARRAY['SUBMITTED','RECEIVED','PROCESSING','SUPPLEMENT_REQUESTED','RESOLVED','RETURNED']::"DossierStatus"[])[1 + g % 6],
       (ARRAY['COUNTER','ONLINE','POSTAL']::"Channel"[])[1 + g % 3],
       lpad((72000000000 + g)::text, 12, '0'), 'Người Thứ ' || g, 'nguoi thu ' || g || ' ' || md5(g::text),
       CASE WHEN g % 7 = 0 THEN $3 ELSE NULL END,
       TIMESTAMP '2026-01-01' + g * INTERVAL '1 hour', TIMESTAMP '2026-01-10' + g * INTERVAL '1 hour', now()
     FROM generate_series(1, ${GENERATED}) AS g, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Agency") AS a`,
    model.procedureId,
    model.agencyId,
    officer.userId,
  );
  // The lookup hash of each ID number, as the portal writes it (lib/crypto/personal-data.ts).
  const ids = Array.from({ length: GENERATED }, (_, i) => i + 1);
  await db.$executeRaw`
    UPDATE "Dossier" d SET "applicantPersonalIdHash" = v.hash
    FROM unnest(${ids.map((g) => `gen-${g}`)}::text[], ${ids.map((g) => idNumberHash(String(72000000000 + g).padStart(12, "0")))}::text[]) AS v(id, hash)
    WHERE d.id = v.id`;
  await db.$executeRawUnsafe(`ANALYZE "Dossier"`);
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as { text?: string; values?: unknown[] } | string;
    if (typeof q === "object" && q?.text?.includes('FROM "public"."Dossier"'))
      recorded.push({ text: q.text, values: q.values ?? [] });
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await db.$executeRawUnsafe(`DELETE FROM "Dossier" WHERE "id" LIKE 'gen-%'`);
});

/** The plan of the first Dossier query the inbox sent for these parameters. */
async function planOf(params: Record<string, unknown>): Promise<string> {
  recorded = [];
  const officer = await actorByPersonalId(COUNTER);
  await listInbox(officer, inboxQuerySchema.parse(params));
  // The list itself (it has an ORDER BY), not the lookup of a cursor's row.
  const query = recorded.find((r) => /^SELECT/.test(r.text.trim()) && r.text.includes("ORDER BY"));
  if (!query) throw new Error("the inbox sent no Dossier query");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off");
    const explain = originalQuery as (
      this: pg.Client,
      q: { text: string; values: unknown[] },
    ) => Promise<pg.QueryResult<{ "QUERY PLAN": string }>>;
    const { rows } = await explain.call(client, { text: `EXPLAIN ${query.text}`, values: query.values });
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

describe("inbox queries are served by their indexes", () => {
  it.each([
    ["a view of one status", { view: "new" }, "Dossier_agencyId_status_dueAt_channel_idx"],
    // Where the filter keeps many rows (here one dossier in seven is assigned to the officer), the
    // planner may instead read along the inbox order and stop after a page: an index plan too.
    ["overdue dossiers", { view: "overdue" }, ["Dossier_agencyId_status_dueAt_channel_idx", "Dossier_inbox_order_idx"]],
    ["dossiers assigned to me", { view: "mine" }, ["Dossier_assigneeId_status_dueAt_idx", "Dossier_inbox_order_idx"]],
    ["a name typed without diacritics", { view: "processing", q: "nguoi thu 1234" }, "Dossier_applicantNameSearch_idx"],
    ["a dossier code", { view: "resolved", q: "GEN.00.00.H80-260105-0004" }, "Dossier_code_idx"],
    // Typed on a phone, or only the part an officer is read: the trigram index serves LIKE '%…%'.
    ["a code in lower case", { view: "all", q: " gen.00.00.h80-260105-0004 " }, "Dossier_code_idx"],
    ["the end of a code", { view: "all", q: "260105-0004" }, "Dossier_code_idx"],
    ["every dossier of the agency", { view: "all" }, "Dossier_inbox_order_idx"],
    ["a 12-digit personal ID", { view: "new", q: "072000001234" }, "Dossier_applicantPersonalIdHash_idx"],
    // Several statuses: read along the inbox order and stopped after a page, never sorted whole.
    ["the finished dossiers", { view: "done" }, "Dossier_inbox_order_idx"],
    [
      "a page deep in a filtered list",
      { view: "done", channel: "ONLINE", after: "gen-3001" },
      "Dossier_inbox_order_idx",
    ],
  ] as [string, Record<string, string>, string | string[]][])("%s", async (_what, params, index) => {
    const plan = await planOf(params);
    const names = typeof index === "string" ? [index] : index;
    expect(
      names.some((name) => plan.includes(`"${name}"`)),
      plan,
    ).toBe(true);
  });

  it("starts a deep page's scan at the cursor's deadline, not at the start of the list", async () => {
    // Without the range, the scan read every row before the cursor and dropped it (docs/performance.md, "Staff pages").
    const plan = await planOf({ view: "done", channel: "ONLINE", after: "gen-3001" });
    expect(plan, plan).toMatch(/Index Cond: \(.*"dueAt" >= /);
  });

  it("still returns the right rows on the generated table", async () => {
    const officer = await actorByPersonalId(COUNTER);
    const { items } = await listInbox(officer, inboxQuerySchema.parse({ view: "new", q: "072000001236" }));
    expect(items.map((i) => i.id)).toEqual(["gen-1236"]);
    const byCode = await listInbox(
      officer,
      inboxQuerySchema.parse({ view: "resolved", q: "GEN.00.00.H80-260105-0004" }),
    );
    expect(byCode.items.map((i) => i.id)).toEqual(["gen-1204"]);
    const byEnd = await listInbox(officer, inboxQuerySchema.parse({ view: "all", q: "260105-0004 " }));
    expect(byEnd.items.map((i) => i.id)).toEqual(["gen-1204"]);
  });
});
