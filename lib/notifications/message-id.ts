// The e-mail's Message-ID is derived from the outbox row, never random: a message sent again
// after a crash between "sent" and "marked" carries the same id, so receivers (and the
// development catcher) recognise the duplicate — at-least-once delivery, idempotent receipt.
export function messageIdFor(outboxId: string, mailFrom: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? "dichvucong.tayninh.gov.vn";
  return `<outbox.${outboxId}@${domain}>`;
}
