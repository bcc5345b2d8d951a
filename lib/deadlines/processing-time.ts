// Which legal processing time applies to a dossier. The catalogue publishes a procedure's time per
// channel (ProcedureTiming: online filing may have a shorter time than the counter), and not every
// procedure lists every channel.
import type { DurationUnit } from "./types";

/** The channels a dossier arrives by; mirrors the Prisma enum `Channel` (this folder stays pure). */
export type DossierChannel = "COUNTER" | "ONLINE" | "POSTAL";

export interface ProcessingTime {
  amount: number;
  unit: DurationUnit;
}

export interface ChannelTiming extends ProcessingTime {
  channel: DossierChannel;
}

/**
 * The processing time for a dossier arriving by `channel`: the time published for that channel;
 * else the counter's, which every published procedure states (the time of the paper procedure,
 * and the one the others are derived from); else the first listed; null when none is published.
 */
export function processingTimeFor(timings: readonly ChannelTiming[], channel: DossierChannel): ProcessingTime | null {
  const t = timings.find((x) => x.channel === channel) ?? timings.find((x) => x.channel === "COUNTER") ?? timings[0];
  return t ? { amount: t.amount, unit: t.unit } : null;
}
