import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mailKey, readMail, readMails, storeMail, type CaughtMail } from "./store";

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), "dvc-mail-store-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const mail = (messageId: string, receivedAt: string): CaughtMail => ({
  messageId,
  from: "a@x.vn",
  to: ["b@x.vn"],
  subject: "S",
  receivedAt,
  text: "t",
  html: "<p>t</p>",
});

describe("the mail catcher's store", () => {
  it("keeps one copy per Message-ID (a resend after a crash is absorbed)", () => {
    const dir = tmp();
    expect(storeMail(dir, mail("<outbox.1@x.vn>", "2026-12-01T01:00:00Z"))).toBe(true);
    expect(storeMail(dir, mail("<outbox.1@x.vn>", "2026-12-01T02:00:00Z"))).toBe(false);
    expect(storeMail(dir, mail("<outbox.2@x.vn>", "2026-12-01T03:00:00Z"))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(2);
    expect(readMails(dir).map((m) => m.messageId)).toEqual(["<outbox.2@x.vn>", "<outbox.1@x.vn>"]);
  });

  it("reads one mail by its key and refuses anything that is not a key", () => {
    const dir = tmp();
    storeMail(dir, mail("<outbox.1@x.vn>", "2026-12-01T01:00:00Z"));
    expect(readMail(dir, mailKey("<outbox.1@x.vn>"))?.messageId).toBe("<outbox.1@x.vn>");
    expect(readMail(dir, "../../etc/passwd")).toBeNull();
    expect(readMail(dir, mailKey("<other@x.vn>"))).toBeNull();
    expect(readMails(path.join(dir, "missing"))).toEqual([]);
  });
});
