import "server-only";
// The worker inside the Next.js server, for a single machine (`npm start` sets
// OUTBOX_WORKER=in-process). It shares the server's database pool, which matters for the
// embedded PGlite (one connection). Production runs `npm run worker` instead.
import { db } from "../db";
import { env } from "../env";
import { loggableError } from "../text/redact";
import { workerSettings } from "./senders-from-env";
import { startWorker, type RunningWorker } from "./worker";

const holder = globalThis as unknown as { outboxWorker?: RunningWorker };

export function startInProcessWorker() {
  if (env.OUTBOX_WORKER !== "in-process" || holder.outboxWorker) return;
  const worker = startWorker({
    db,
    ...workerSettings(env, db),
    onError: (e) => console.error("Outbox worker:", loggableError(e)),
  });
  holder.outboxWorker = worker;
  process.once("SIGTERM", () => void worker.stop());
}
