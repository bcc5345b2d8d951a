// Everything `npm start` does after installing: database (embedded unless DATABASE_URL is
// set), migrations, demo data once, build, the development identity provider, the portal.
//   --dev         next dev instead of build + start
//   --no-seed     skip the demo data
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createPrismaClient } from "../lib/db/create-client";
import { seedDemoData } from "../prisma/seed/seed-demo-data";
import { applyMigrations } from "./db/schema-engine";
import { sealPersonalDataAt } from "./db/seal-personal-data";
import { buildIfStale } from "./lib/build-if-stale";
import { localSecrets } from "./lib/dev-secrets";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { withPeerAddressHook } from "./lib/peer-address-option";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const appEnv = process.env.APP_ENV ?? (dev ? "development" : "development");
const port = Number(process.env.PORT ?? 3000);
const idpPort = Number(process.env.DEV_IDP_PORT ?? 4000);
const mailCatcherPort = Number(process.env.MAIL_CATCHER_PORT ?? 2525);
const mailCatcherDir = process.env.MAIL_CATCHER_DIR ?? ".data/mail";
// Outside production, mail goes to the local catcher (read it on /dev/thu) unless SMTP_URL is set.
const useMailCatcher = appEnv !== "production" && !process.env.SMTP_URL;
// Outside production, the national status sync goes to a local stand-in (read it on
// /dev/cong-quoc-gia) unless NATIONAL_PORTAL_URL is set.
const standinPort = Number(process.env.NATIONAL_STANDIN_PORT ?? 4300);
const standinDir = process.env.NATIONAL_STANDIN_DIR ?? ".data/national-portal";
const useNationalStandin = appEnv !== "production" && !process.env.NATIONAL_PORTAL_URL;
const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const useDevIdp = appEnv !== "production" && !process.env.AUTH_ISSUER;
// Outside production, uploads are scanned by a local clamd with the development signatures
// (scripts/lib/clamd.mjs) unless CLAMD_SOCKET or CLAMD_PORT names one.
const useLocalClamd = appEnv !== "production" && !process.env.CLAMD_SOCKET && !process.env.CLAMD_PORT;

let embedded: EmbeddedPostgres | null = null;
const cleanups: (() => Promise<void>)[] = [];

async function prepareDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  console.log("› Starting the embedded PostgreSQL (PGlite, data in .data/pglite)…");
  embedded = await startEmbeddedPostgres(".data/pglite", Number(process.env.EMBEDDED_DB_PORT ?? 5433));
  cleanups.push(() => embedded!.stop());
  return embedded.url;
}

async function seedOnce(url: string) {
  const db = createPrismaClient(url, 1);
  try {
    if ((await db.procedure.count()) > 0) return;
    console.log("› Seeding demo data…");
    await seedDemoData(db);
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const databaseUrl = await prepareDatabase();
  const secrets = appEnv === "production" ? null : localSecrets();
  // The seed and the sealing step below encrypt ID numbers with the keys the portal will read them with.
  process.env.PII_ENCRYPTION_KEYS ??= secrets?.PII_ENCRYPTION_KEYS;
  process.env.PII_HASH_KEY ??= secrets?.PII_HASH_KEY;
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`› Applied migrations: ${applied.join(", ")}`);
  await sealPersonalDataAt(databaseUrl);
  if (!args.has("--no-seed")) await seedOnce(databaseUrl);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: appEnv,
    DATABASE_URL: databaseUrl,
    // PGlite is one session behind a socket server that multiplexes message by message: several
    // connections could interleave their extended-protocol messages (unnamed statements). One
    // connection serialises every query and transaction. Code inside a transaction must use its
    // `tx`, never `db` (it would wait for the only connection).
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (embedded ? "1" : "10"),
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets?.NEXTAUTH_SECRET,
    AUTH_ISSUER: process.env.AUTH_ISSUER ?? `http://localhost:${idpPort}`,
    AUTH_CLIENT_ID: process.env.AUTH_CLIENT_ID ?? "dvc-portal",
    AUTH_CLIENT_SECRET: process.env.AUTH_CLIENT_SECRET ?? secrets?.AUTH_CLIENT_SECRET,
    SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${mailCatcherPort}`,
    MAIL_CATCHER_DIR: mailCatcherDir,
    // One machine: the server delivers the outbox itself; production may run `npm run worker`.
    OUTBOX_WORKER: process.env.OUTBOX_WORKER ?? "in-process",
  };

  if (useMailCatcher) {
    const { startMailCatcher } = await import("../lib/dev-mail/catcher");
    try {
      const catcher = await startMailCatcher({ port: mailCatcherPort, dir: mailCatcherDir });
      cleanups.push(() => catcher.close());
      console.log(`› Development mail catcher: smtp://127.0.0.1:${catcher.port} (read the mails on ${appUrl}/dev/thu)`);
    } catch (e) {
      // Mails then wait in the outbox (retried with backoff) until a catcher listens on the port.
      console.warn(
        `⚠ Mail catcher not started on port ${mailCatcherPort}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  if (useNationalStandin) {
    const { startNationalStandin } = await import("../lib/national-portal-standin/server");
    try {
      const standin = await startNationalStandin({ port: standinPort, dir: standinDir });
      cleanups.push(() => standin.close());
      env.NATIONAL_PORTAL_URL = standin.url;
      env.NATIONAL_STANDIN_DIR = standinDir;
      console.log(`› National portal stand-in: ${standin.url} (see the pushes on ${appUrl}/dev/cong-quoc-gia)`);
    } catch (e) {
      // Status pushes then wait in the outbox until a stand-in (or NATIONAL_PORTAL_URL) answers.
      console.warn(
        `⚠ National portal stand-in not started on port ${standinPort}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  if (useLocalClamd) {
    const { clamdAvailable, startClamd } = await import("./lib/clamd.mjs");
    try {
      if (!clamdAvailable()) throw new Error("clamav-daemon is not installed (apt-get install clamav-daemon, as root)");
      const clamd = await startClamd();
      cleanups.push(async () => clamd.stop());
      Object.assign(env, { CLAMD_HOST: clamd.host, CLAMD_PORT: String(clamd.port) });
      env.CLAMD_REQUIRED ??= "true";
      console.log(`› Malware scanner (clamd, development signatures): ${clamd.host}:${clamd.port}`);
    } catch (e) {
      // Uploads are then stored unscanned, as CLAMD_REQUIRED defaults to false outside production.
      console.warn(`⚠ clamd not started, uploads are not scanned: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  if (useDevIdp) {
    const { startDevIdp } = await import("../lib/dev-idp/server");
    const idp = await startDevIdp({
      port: idpPort,
      appUrl,
      clientId: env.AUTH_CLIENT_ID!,
      clientSecret: env.AUTH_CLIENT_SECRET!,
      storeFile: process.env.DEV_IDP_STORE ?? ".data/dev-idp/identities.json",
    });
    cleanups.push(() => idp.close());
    console.log(`› Development identity provider (VNeID stand-in): ${idp.issuer}`);
  }

  if (!dev) buildIfStale(env);
  // The data cache (catalogue pages) holds rows of the database it was filled from; a start may
  // point at another database, so each server process starts with an empty one.
  rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
  // Likewise the public pages prerendered on their first request (docs/decisions/016).
  rmSync(".next/server/route-cache", { recursive: true, force: true });
  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    // The socket address for lib/http/client-ip.ts (scripts/lib/peer-address.mjs; docs/decisions/022).
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: withPeerAddressHook(env.NODE_OPTIONS) },
  });
  console.log(`› Portal: ${appUrl}`);
  const stop = async (code: number) => {
    next.kill("SIGTERM");
    for (const c of cleanups.reverse()) await c().catch(() => {});
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch(async (e) => {
  console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
  for (const c of cleanups.reverse()) await c().catch(() => {});
  process.exit(1);
});
