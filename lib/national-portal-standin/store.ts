// What the national-portal stand-in received: one JSON line per distinct Idempotency-Key, in
// arrival order. A resend of a push already stored (at-least-once delivery after a crash) is
// acknowledged but not stored again — the idempotent receipt the real portal is asked to give.
// Read by /dev/cong-quoc-gia and the tests.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type ReceivedPush = { idempotencyKey: string; receivedAt: string; body: Record<string, unknown> };

export const pushesFile = (dir: string) => path.join(dir, "pushes.jsonl");

export function readPushes(dir: string): ReceivedPush[] {
  const file = pushesFile(dir);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReceivedPush);
}

/** Appends a push; false when its key was already stored. `known` caches the keys on file. */
export function storePush(dir: string, push: ReceivedPush, known: Set<string>): boolean {
  if (known.has(push.idempotencyKey)) return false;
  mkdirSync(dir, { recursive: true });
  appendFileSync(pushesFile(dir), `${JSON.stringify(push)}\n`);
  known.add(push.idempotencyKey);
  return true;
}
