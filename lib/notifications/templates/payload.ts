// Outbox payloads are JSON written by many commands; templates read them defensively: a field
// that is missing or of the wrong type reads as null instead of breaking the delivery.
import { numericDate, numericDateTime } from "../../text/vietnamese-dates";
import { formatVnd } from "../../text/vnd";

export type Payload = Record<string, unknown>;

export const asPayload = (value: unknown): Payload =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Payload) : {};

export function text(p: Payload, key: string): string | null {
  const v = p[key];
  return typeof v === "string" && v.trim() ? v : null;
}

function instant(p: Payload, key: string): Date | null {
  const v = text(p, key);
  const d = v ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

/** An ISO instant of the payload as people in Vietnam read it ("10/12/2026 10:00"), or null. */
export function dateTime(p: Payload, key: string): string | null {
  const d = instant(p, key);
  return d ? numericDateTime(d) : null;
}

/** The same, the date alone ("10/12/2026"), or null. */
export function date(p: Payload, key: string): string | null {
  const d = instant(p, key);
  return d ? numericDate(d) : null;
}

/** "16.000 đồng", as bills and receipts write it. */
export const vnd = formatVnd;

export type BillLineView = { description: string; amountVnd: number };

/** The bill the payment request states (lines and amount due), or null when absent or malformed. */
export function bill(p: Payload): { lines: BillLineView[]; dueVnd: number } | null {
  const b = asPayload(p.bill);
  const isAmount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
  if (!Array.isArray(b.lines) || !isAmount(b.dueVnd)) return null;
  const lines = b.lines
    .map(asPayload)
    .filter((l): l is BillLineView => typeof l.description === "string" && isAmount(l.amountVnd));
  return { lines, dueVnd: b.dueVnd };
}
