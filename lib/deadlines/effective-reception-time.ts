// "An online dossier submitted outside working hours counts as received the next working day"
// (the clock starts at reception, NĐ 118/2025 Art. 17(3); this rule's own article is
// unverified: docs/domain.md §5.2).
import type { WorkingCalendar } from "./working-calendar";

/**
 * When an online submission legally counts as received:
 * - within office hours on a working day: the submission instant itself;
 * - on a day off, or at/after the end of office hours (17:00): 07:00 of the next working day;
 * - during the lunch break: 13:30 the same day (the law is silent; the day is unchanged, so no
 *   day-based deadline moves, and hour-based clocks start when the office reopens);
 * - before 07:00 on a working day: 07:00 the same day (the "next working day" of a night-time
 *   submission is that morning).
 * Periods are half-open, so 11:30:00 and 17:00:00 are already outside office hours.
 */
export function effectiveReceptionTime(submittedAt: Date, calendar: WorkingCalendar): Date {
  return calendar.nextOfficeTime(submittedAt);
}
