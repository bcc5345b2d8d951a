// When the processing time starts for a dossier received after the reception check: at complete
// reception ("kể từ ngày nhận đủ hồ sơ hợp lệ", NĐ 118/2025 Art. 17(3), as on the receipt Mẫu 01).
// A dossier completed before reception — Mẫu 02 at the reception check, then supplied by the
// citizen — runs from that completion, never from its incomplete first filing; so does a postal
// dossier supplemented after the hand-over record, whose submission is lawful only when the
// supplement completes it (QĐ 45/2016/QĐ-TTg Art. 7(4); docs/domain.md §5.2 and §6).
import { effectiveReceptionTime } from "./effective-reception-time";
import type { WorkingCalendar } from "./working-calendar";

export interface ReceptionFacts {
  /** The dossier's channel (the Prisma enum's names). */
  channel: "COUNTER" | "ONLINE" | "POSTAL";
  /** The instant the officer receives it (a counter dossier is complete in front of them). */
  receivedAt: Date;
  /** When it was filed online (Dossier.submittedAt), possibly incomplete. */
  filedAt: Date | null;
  /** Confirmation of the hand-over record between the post and the agency, for paper sent by post. */
  postalHandoverAt: Date | null;
  /** When the citizen supplied the last items asked for at the reception check, if any. */
  completedBeforeReceptionAt: Date | null;
}

/**
 * - paper sent by post: the hand-over record's confirmation;
 * - online: the filing, moved to the next office time when outside it (effectiveReceptionTime);
 * - otherwise: the reception instant;
 * and, when a supplement asked at the reception check completed the dossier later than that,
 * the completion, itself moved to the next office time (the items are sent online, at any hour).
 */
export function receptionClockStart(facts: ReceptionFacts, calendar: WorkingCalendar): Date {
  const arrival =
    facts.postalHandoverAt ??
    (facts.channel === "ONLINE" && facts.filedAt ? effectiveReceptionTime(facts.filedAt, calendar) : facts.receivedAt);
  if (!facts.completedBeforeReceptionAt) return arrival;
  const completed = effectiveReceptionTime(facts.completedBeforeReceptionAt, calendar);
  return completed.getTime() > arrival.getTime() ? completed : arrival;
}
