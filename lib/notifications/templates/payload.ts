// Outbox payloads are JSON written by many commands; templates read them defensively: a field
// that is missing or of the wrong type reads as null instead of breaking the delivery.
import { numericDateTime } from "../../text/vietnamese-dates";

export type Payload = Record<string, unknown>;

export const asPayload = (value: unknown): Payload =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Payload) : {};

export function text(p: Payload, key: string): string | null {
  const v = p[key];
  return typeof v === "string" && v.trim() ? v : null;
}

/** An ISO instant of the payload as people in Vietnam read it, or null. */
export function dateTime(p: Payload, key: string): string | null {
  const v = text(p, key);
  const d = v ? new Date(v) : null;
  return d && !Number.isNaN(d.getTime()) ? numericDateTime(d) : null;
}
