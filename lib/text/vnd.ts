// How Vietnamese documents write an amount of đồng. Kept here, below every domain folder, so that
// bills, receipts, pages and the outbox's e-mails (which cannot import lib/payments) share one form.

/** "16.000": dots between thousands, as Vietnamese documents write figures (whatever ICU data the server has). */
export function formatVndDigits(vnd: number): string {
  return String(Math.trunc(vnd)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "8.000 đồng" as Vietnamese documents write it. */
export function formatVnd(vnd: number): string {
  return `${formatVndDigits(vnd)} đồng`;
}
