// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), the seed
// and the tests; it has no `server-only` marker so scripts can use it outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
