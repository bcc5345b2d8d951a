// When a dossier received at one counter must reach the competent agency (NĐ 118/2025
// Art. 18(2), as amended by NĐ 309/2026 Art. 9): the same working day, or the next working
// day's morning when received after 15:00. Pure, like lib/deadlines, whose calendar it uses.
import { DEFAULT_SAME_DAY_CUTOFF, type WorkingCalendar } from "../deadlines";
import { MS_PER_MINUTE, msOfDay, parseClockTime } from "../text/vietnam-time";

/**
 * - received on a working day up to 15:00 (15:00:00 included, as for same-day procedures):
 *   the end of that office day (17:00);
 * - after 15:00: the end of the morning period (11:30) of the next working day;
 * - on a day off (a counter open on Saturday): the end of the next working day, since no
 *   working time of the reception day is left to lose.
 */
export function transferDeadline(receivedAt: Date, calendar: WorkingCalendar, cutoff = DEFAULT_SAME_DAY_CUTOFF): Date {
  if (!calendar.isWorkingDay(receivedAt)) return calendar.endOfOfficeDay(calendar.nextWorkingDayStart(receivedAt));
  if (msOfDay(receivedAt) <= parseClockTime(cutoff) * MS_PER_MINUTE) return calendar.endOfOfficeDay(receivedAt);
  const morning = calendar.officeHours[0];
  const morningMinutes = parseClockTime(morning.end) - parseClockTime(morning.start);
  return new Date(calendar.nextWorkingDayStart(receivedAt).getTime() + morningMinutes * MS_PER_MINUTE);
}
