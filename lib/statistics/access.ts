import "server-only";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";

// Who may read an agency's staff report: its leaders (lãnh đạo, StaffMembership role LEADER),
// for their own agency only. Others get NOT_FOUND, not a hint that the report exists.

export type LeaderAgency = { id: string; code: string; name: string };

export function leaderAgencies(actor: Actor): LeaderAgency[] {
  const seen = new Map<string, LeaderAgency>();
  for (const m of actor.memberships)
    if (m.role === "LEADER") seen.set(m.agencyId, { id: m.agencyId, code: m.agencyCode, name: m.agencyName });
  return [...seen.values()];
}

/** The agency of the report: the asked one if the actor leads it, else the first they lead. */
export function reportAgency(actor: Actor, agencyCode?: string | null): LeaderAgency {
  const led = leaderAgencies(actor);
  const agency = agencyCode ? led.find((a) => a.code === agencyCode) : led[0];
  if (!agency) throw notFound("Không tìm thấy báo cáo.");
  return agency;
}
