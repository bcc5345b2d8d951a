// The server's database pool keeps its connections through a quiet spell (lib/db/create-client.ts):
// node-postgres closes an idle one after 10 s, and the next request then waits for a new, cold
// PostgreSQL backend. Both pools sit idle for the same 11 s; only the server's keeps its backend.
import { afterAll, describe, expect, it } from "vitest";
import { SERVER_IDLE_TIMEOUT_MS, createPrismaClient } from "../../lib/db/create-client";

const url = process.env.DATABASE_URL!;
const serverPool = createPrismaClient(url, 2, SERVER_IDLE_TIMEOUT_MS);
const scriptPool = createPrismaClient(url, 2);

afterAll(async () => {
  await Promise.all([serverPool.$disconnect(), scriptPool.$disconnect()]);
});

const backendPid = async (db: typeof serverPool) =>
  (await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0].pid;

/** The backend that answers before and after `ms` of idleness. */
async function acrossIdleness(db: typeof serverPool, ms: number) {
  const before = await backendPid(db);
  await new Promise((r) => setTimeout(r, ms));
  return { before, after: await backendPid(db) };
}

describe("database pool", () => {
  it("keeps the server's connection through 11 idle seconds, where node-postgres's default closes it", async () => {
    const [server, script] = await Promise.all([
      acrossIdleness(serverPool, 11_000),
      acrossIdleness(scriptPool, 11_000),
    ]);
    expect(server.after).toBe(server.before);
    expect(script.after).not.toBe(script.before);
  });
});
