// The embedded PostgreSQL of `npm start` when no DATABASE_URL is given: PGlite (Postgres
// compiled to WebAssembly) with its data in .data/pglite, served over the Postgres wire
// protocol so the app uses the same pg adapter and SQL as in production.
// PGlite runs one transaction at a time and must be the only process opening its folder;
// see docs/decisions/001-embedded-database.md.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop(): Promise<void> };

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the inbox search indexes (migration inbox_search_indexes).
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
