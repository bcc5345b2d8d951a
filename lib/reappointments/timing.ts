import type { Channel, DurationUnit } from "../generated/prisma/enums";

type Timing = { channel: Channel; amount: number; unit: DurationUnit };

/** The procedure's legal processing time for the dossier's channel (else its first one), for the proposed new date. */
export function timingFor(timings: readonly Timing[], channel: Channel): { amount: number; unit: DurationUnit } | null {
  const t = timings.find((x) => x.channel === channel) ?? timings[0];
  return t ? { amount: t.amount, unit: t.unit } : null;
}
