import "server-only";
import nodemailer from "nodemailer";
import { messageIdFor } from "../message-id";
import type { Sender } from "../sender";
import { renderEmail } from "../templates/topics";

export type EmailSettings = { smtpUrl: string; from: string; appUrl: string };

// Connection settings, unless SMTP_URL's query sets them. Pooled: at the morning rush every
// submission sends mail, and a connection per message (greeting, EHLO, QUIT) cost more of the
// worker's time than the message; an idle connection closes after the socket timeout.
const CONNECTION_DEFAULTS = {
  pool: "true",
  connectionTimeout: "15000",
  greetingTimeout: "15000",
  socketTimeout: "60000",
};

/** SMTP_URL with the connection defaults added as query parameters (nodemailer reads its settings from a URL's query). */
export function smtpConnectionUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(CONNECTION_DEFAULTS))
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

/** E-mail over SMTP (nodemailer). */
export function emailSender(s: EmailSettings): Sender {
  // A URL with a second argument would take the settings as defaults of each message, not of the connection.
  const transport = nodemailer.createTransport(smtpConnectionUrl(s.smtpUrl));
  return async (m) => {
    const mail = renderEmail({ topic: m.topic, payload: m.payload, dossierId: m.dossierId, appUrl: s.appUrl });
    await transport.sendMail({
      from: s.from,
      to: m.recipient,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: messageIdFor(m.id, s.from),
      headers: { "X-Outbox-Topic": m.topic },
    });
  };
}
