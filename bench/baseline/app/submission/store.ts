import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import path from "node:path";
import pg from "pg";

// The framework's own submission (the goal's "dossier submission with a 1 MB attachment"): the
// least the same two requests can do on this stack — a file streamed to disk with its hash and
// one row written, then a server action that changes that row. No session, no checks, no
// notifications: what is left of the portal's figure is the framework's, the disk's and the
// database's share (docs/decisions/008).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// Beside the portal's files in the run (the same disk), removed with them at the end of the run.
const dir = path.resolve(process.env.STORAGE_DIR ?? ".data/bench/storage", "baseline");

let ready: Promise<void> | null = null;
function prepare(): Promise<void> {
  ready ??= (async () => {
    await mkdir(dir, { recursive: true });
    await pool.query(
      `CREATE TABLE IF NOT EXISTS "BaselineSubmission" ("id" uuid PRIMARY KEY, "sha256" text NOT NULL, "sizeBytes" int NOT NULL, "submittedAt" timestamptz)`,
    );
  })();
  return ready;
}

/** Streams a body to a file with its SHA-256, then records it: one INSERT. */
export async function storeUpload(body: AsyncIterable<Uint8Array>): Promise<{ id: string; sizeBytes: number }> {
  await prepare();
  const id = randomUUID();
  const temp = path.join(dir, `${id}.part`);
  const hash = createHash("sha256");
  const out = createWriteStream(temp, { highWaterMark: 1024 * 1024 });
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await finished(out);
  await rename(temp, path.join(dir, id));
  await pool.query(`INSERT INTO "BaselineSubmission" ("id", "sha256", "sizeBytes") VALUES ($1, $2, $3)`, [
    id,
    hash.digest("hex"),
    size,
  ]);
  return { id, sizeBytes: size };
}

/** Marks an upload submitted: one UPDATE by primary key. */
export async function submitUpload(id: string): Promise<boolean> {
  await prepare();
  const { rowCount } = await pool.query(
    `UPDATE "BaselineSubmission" SET "submittedAt" = now() WHERE "id" = $1 AND "submittedAt" IS NULL`,
    [id],
  );
  return rowCount === 1;
}
