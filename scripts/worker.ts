// `npm run worker`: the outbox worker as its own process (production: one or more next to the
// web servers; row locking lets several run at once). Stops cleanly on SIGTERM/SIGINT: the
// message in hand is marked before exiting. Run with --conditions=react-server (package.json)
// because lib/ modules are marked `server-only`.
import { SERVER_IDLE_TIMEOUT_MS, createPrismaClient } from "../lib/db/create-client";
import { parseEnv } from "../lib/env-schema";
import { workerSettings } from "../lib/notifications/senders-from-env";
import { startWorker } from "../lib/notifications/worker";
import { loggableError } from "../lib/text/redact";

const env = parseEnv(process.env);
const db = createPrismaClient(env.DATABASE_URL, 2, SERVER_IDLE_TIMEOUT_MS);
const worker = startWorker({
  db,
  ...workerSettings(env, db),
  onError: (e) => console.error("Outbox worker:", loggableError(e)),
});
console.log("› Outbox worker started (e-mail, SMS, national portal sync, webhooks).");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.stop().then(async () => {
      await db.$disconnect();
      console.log("› Outbox worker stopped.");
      process.exit(0);
    });
  });
}
