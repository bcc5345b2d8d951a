// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), the seed
// and the tests; it has no `server-only` marker so scripts can use it outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * How long the server keeps an idle database connection open (node-postgres closes one after
 * 10 s by default). A connection's PostgreSQL backend is cold when it opens: its first inbox
 * query took 85–110 ms at 1,000,000 dossiers where a warm one took 9 ms. With the default, the
 * pool shrank to one or two connections whenever the load was light, so the first moment two
 * requests overlapped opened new backends, each request behind them waited, and the staff pages
 * stalled for half a second at 20 requests a second (docs/performance.md, "Staff pages").
 */
export const SERVER_IDLE_TIMEOUT_MS = 10 * 60_000;

/**
 * `idleTimeoutMs`: SERVER_IDLE_TIMEOUT_MS for a long-running server; scripts and tests keep
 * node-postgres's 10 s. Idle connections never keep a process from exiting.
 */
export function createPrismaClient(connectionString: string, poolSize = 10, idleTimeoutMs?: number) {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: poolSize,
      ...(idleTimeoutMs !== undefined && { idleTimeoutMillis: idleTimeoutMs }),
      allowExitOnIdle: true,
    }),
    // Transactions that serialise on a row (dossier codes, the dossier being changed) queue
    // behind each other in the morning rush: give them room to wait rather than fail.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
