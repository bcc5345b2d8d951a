import "server-only";
import type { Tx } from "../db/create-client";

// The postage line of a bill. The postal channel (docs/postal.md) prices a shipment
// from its tariff when the citizen chooses result-by-post; it registers its quote here so this
// module needs no knowledge of tariffs. Until one is registered, no dossier has postage to bill.

export type PostageQuote = { amountVnd: number; description: string };
export type PostageSource = (tx: Tx, dossierId: string) => Promise<PostageQuote | null>;

const sources: PostageSource[] = [];

export function registerPostageSource(source: PostageSource) {
  if (!sources.includes(source)) sources.push(source);
}

/** The postage the citizen pays for this dossier, if any source knows of one. */
export async function postageFor(tx: Tx, dossierId: string): Promise<PostageQuote | null> {
  for (const source of sources) {
    const quote = await source(tx, dossierId);
    if (quote) return quote;
  }
  return null;
}
