// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), the seed
// and the tests; it has no `server-only` marker so scripts can use it outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    // Transactions that serialise on a row (dossier codes, the dossier being changed) queue
    // behind each other in the morning rush: give them room to wait rather than fail.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
