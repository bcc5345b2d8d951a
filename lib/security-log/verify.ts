// Recomputes the hash chains of the audit tables (npm run audit:verify, scripts/audit-verify.ts).
// No `server-only` marker: the command runs outside Next.js.
//
// The link of each row is recomputed here with this file's own copy of the expression the
// database seals rows with (`audit_link`, migration 20261208004000_security_log), so that a
// changed function in the database does not vouch for itself. A row is intact when its position
// follows the previous one's (positions have no gaps: a gap is a deleted row), its `prevHash` is
// the previous row's hash, and its hash is the recomputed one; the last row must be the chain's
// head (a removed tail). Rows are read in pages along the position, so a large trail does not
// have to fit in memory.
import type { Db } from "../db/create-client";

/** The chained tables and the column that says when each row was written. */
export const CHAINED_TABLES = [
  { table: "DossierEvent", timeColumn: "createdAt" },
  { table: "SecurityEvent", timeColumn: "at" },
] as const;

export type ChainedTable = (typeof CHAINED_TABLES)[number]["table"];

export type BrokenLink = {
  table: ChainedTable;
  /** The first row that does not verify; null when rows are missing after the last one. */
  id: string | null;
  at: Date | null;
  seq: bigint | null;
  reason: "UNSEALED" | "MISSING_ROWS" | "PREVIOUS_HASH" | "CONTENT" | "TAIL_REMOVED" | "NO_HEAD";
};

export type ChainReport = { table: ChainedTable; rows: number; broken: BrokenLink | null };

type Row = {
  id: string;
  at: Date;
  seq: bigint | null;
  prevHash: string | null;
  hash: string | null;
  recomputed: string | null;
};

const PAGE = 5000;

export async function verifyChain(
  db: Db,
  { table, timeColumn }: (typeof CHAINED_TABLES)[number],
): Promise<ChainReport> {
  const heads = await db.$queryRawUnsafe<{ seq: bigint; hash: string }[]>(
    `SELECT seq, hash FROM "AuditChainHead" WHERE "tableName" = $1`,
    table,
  );
  if (heads.length === 0)
    return { table, rows: 0, broken: { table, id: null, at: null, seq: null, reason: "NO_HEAD" } };
  const head = heads[0];

  // A row the seal never reached (written with the triggers off) has no position at all.
  const unsealed = await db.$queryRawUnsafe<{ id: string; at: Date }[]>(
    `SELECT id, "${timeColumn}" AS at FROM "${table}" WHERE seq IS NULL OR hash IS NULL ORDER BY "${timeColumn}", id LIMIT 1`,
  );
  if (unsealed.length > 0) {
    return { table, rows: 0, broken: { table, ...unsealed[0], seq: null, reason: "UNSEALED" } };
  }

  let rows = 0;
  let expectedSeq = 1n;
  let expectedPrev = "";
  for (;;) {
    const page = await db.$queryRawUnsafe<Row[]>(
      `SELECT id, "${timeColumn}" AS at, seq, "prevHash", hash,
         encode(sha256(convert_to(coalesce(t."prevHash", '') || '|' || t.seq::text || '|' ||
           jsonb_strip_nulls(to_jsonb(t) - 'seq' - 'prevHash' - 'hash')::text, 'UTF8')), 'hex') AS recomputed
       FROM "${table}" t WHERE seq >= $1 ORDER BY seq LIMIT ${PAGE}`,
      expectedSeq,
    );
    for (const r of page) {
      const broken = (reason: BrokenLink["reason"]): ChainReport => ({
        table,
        rows,
        broken: { table, id: r.id, at: r.at, seq: r.seq, reason },
      });
      if (r.seq !== expectedSeq) return broken("MISSING_ROWS");
      if (r.prevHash !== expectedPrev) return broken("PREVIOUS_HASH");
      if (r.recomputed !== r.hash) return broken("CONTENT");
      rows++;
      expectedSeq++;
      expectedPrev = r.hash!;
    }
    if (page.length < PAGE) break;
  }
  if (BigInt(head.seq) !== expectedSeq - 1n || head.hash !== expectedPrev) {
    return { table, rows, broken: { table, id: null, at: null, seq: BigInt(head.seq), reason: "TAIL_REMOVED" } };
  }
  return { table, rows, broken: null };
}

export async function verifyAllChains(db: Db): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const t of CHAINED_TABLES) reports.push(await verifyChain(db, t));
  return reports;
}

const REASONS: Record<BrokenLink["reason"], string> = {
  UNSEALED: "a row outside the chain (written with the triggers disabled)",
  MISSING_ROWS: "rows missing before this one (deleted)",
  PREVIOUS_HASH: "its link to the previous row does not match (a row before it was changed or replaced)",
  CONTENT: "its content does not match its hash (changed after it was written)",
  TAIL_REMOVED: "the last rows of the chain are missing (deleted)",
  NO_HEAD: "the chain's head is missing from AuditChainHead",
};

/** One line per table for the operator. */
export function describeReport(r: ChainReport): string {
  if (!r.broken) return `${r.table}: intact, ${r.rows} rows.`;
  const b = r.broken;
  const where = [b.id && `id ${b.id}`, b.seq !== null && `position ${b.seq}`, b.at && `written ${b.at.toISOString()}`]
    .filter(Boolean)
    .join(", ");
  return `${r.table}: BROKEN at ${where || "the end"}: ${REASONS[b.reason]}. ${r.rows} rows verified before it.`;
}
