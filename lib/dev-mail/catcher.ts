// The development mail catcher: a real SMTP server on loopback (smtp-server) that parses each
// mail (mailparser) and keeps it in the store instead of delivering it. Started by
// scripts/serve.ts outside production; the app sends to it over SMTP like to any relay.
import { randomUUID } from "node:crypto";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { storeMail, type CaughtMail } from "./store";

export type MailCatcher = { port: number; close(): Promise<void> };

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? "")).filter(Boolean);

/** Starts the catcher; `onMail` sees every reception, duplicates included (tests count them). */
export async function startMailCatcher(opts: {
  port: number;
  dir: string;
  onMail?: (mail: CaughtMail) => void;
}): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "Hộp thư thử nghiệm (development mail catcher)",
    logger: false,
    // A client's idle pooled connection (the outbox worker's) would otherwise hold a close for 30 s.
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CaughtMail = {
            messageId: parsed.messageId ?? `<${randomUUID()}@mail-catcher>`,
            from: addresses(parsed.from)[0] ?? "",
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            receivedAt: new Date().toISOString(),
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
          };
          storeMail(opts.dir, mail);
          opts.onMail?.(mail);
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  // smtp-server reports a client's connection errors on the server: a sender that dies mid-session
  // (a worker process killed, a pooled connection cut) resets its socket. That is the client's
  // problem, not the catcher's; without a listener, the second such error would end the process.
  server.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "ECONNRESET" && e.code !== "EPIPE") console.error("Mail catcher:", e);
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : opts.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
