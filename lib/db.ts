import "server-only";
import { SERVER_IDLE_TIMEOUT_MS, createPrismaClient, type Db } from "./db/create-client";
import { env } from "./env";

// One client per server process (kept across hot reloads in development).
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db =
  globalForDb.db ?? createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, SERVER_IDLE_TIMEOUT_MS);
if (env.APP_ENV !== "production") globalForDb.db = db;
