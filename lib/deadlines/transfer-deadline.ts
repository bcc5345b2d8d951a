// When a dossier received at one counter must reach the competent agency (NĐ 118/2025
// Art. 18(2), as amended by NĐ 309/2026 Art. 9): the same working day or, when received after
// 15:00, at the start ("đầu giờ") of the next working day. This moves the transfer, not the
// processing clock (docs/domain.md §5.3).
import { DEFAULT_SAME_DAY_CUTOFF } from "./compute-due-at";
import type { ClockTime } from "./types";
import type { WorkingCalendar } from "./working-calendar";
import { MS_PER_MINUTE, msOfDay, parseClockTime } from "../text/vietnam-time";

/**
 * - received on a working day up to 15:00 (15:00:00 included, as for same-day procedures):
 *   the end of that office day (17:00);
 * - after 15:00: the start of the next working day (07:00), not later in its morning;
 * - on a day off (a counter open on Saturday): the end of the next working day, since no
 *   working time of the reception day is left to lose.
 */
export function transferDeadline(
  receivedAt: Date,
  calendar: WorkingCalendar,
  cutoff: ClockTime = DEFAULT_SAME_DAY_CUTOFF,
): Date {
  if (!calendar.isWorkingDay(receivedAt)) return calendar.endOfOfficeDay(calendar.nextWorkingDayStart(receivedAt));
  if (msOfDay(receivedAt) <= parseClockTime(cutoff) * MS_PER_MINUTE) return calendar.endOfOfficeDay(receivedAt);
  return calendar.nextWorkingDayStart(receivedAt);
}
