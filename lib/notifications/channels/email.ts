import "server-only";
import nodemailer from "nodemailer";
import { messageIdFor } from "../message-id";
import type { Sender } from "../sender";
import { renderEmail } from "../templates/topics";

export type EmailSettings = { smtpUrl: string; from: string; appUrl: string };

/** E-mail over SMTP (nodemailer). One connection per message: the worker sends few, and seldom. */
export function emailSender(s: EmailSettings): Sender {
  const transport = nodemailer.createTransport(s.smtpUrl, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
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
