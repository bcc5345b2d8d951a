// The development mail catcher's store: one JSON file per Message-ID under a folder. Keyed by
// Message-ID, so a message delivered twice (at-least-once delivery after a crash) is stored
// once — the idempotent receipt a real mailbox also gives. Read by /dev/thu and the e2e tests.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type CaughtMail = {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  receivedAt: string;
  text: string;
  html: string | null;
};

/** The mail's key in the store (its file name), also used in /dev/thu links. */
export const mailKey = (messageId: string) => createHash("sha256").update(messageId).digest("hex").slice(0, 32);
const fileFor = (dir: string, messageId: string) => path.join(dir, `${mailKey(messageId)}.json`);

/** Stores a mail; false when one with the same Message-ID is already there. */
export function storeMail(dir: string, mail: CaughtMail): boolean {
  mkdirSync(dir, { recursive: true });
  const file = fileFor(dir, mail.messageId);
  if (existsSync(file)) return false;
  writeFileSync(file, JSON.stringify(mail, null, 2));
  return true;
}

/** One caught mail by its key, or null (the key is checked: it names a file). */
export function readMail(dir: string, key: string): CaughtMail | null {
  if (!/^[0-9a-f]{32}$/.test(key)) return null;
  const file = path.join(dir, `${key}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CaughtMail) : null;
}

/** Every caught mail, newest first. */
export function readMails(dir: string): CaughtMail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as CaughtMail)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}
