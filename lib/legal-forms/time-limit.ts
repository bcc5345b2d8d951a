import { processingTimeFor, type ChannelTiming, type DossierChannel } from "../deadlines/processing-time";
import { fill } from "../i18n/locales";
import { vi } from "../i18n/vi";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The legal time limit as Mẫu 01 states it on its line 3 ("Thời gian giải quyết hồ sơ theo quy
 * định là"): the procedure's time for the channel the dossier came by (lib/deadlines), worded as
 * the catalogue words it ("05 ngày làm việc", "04 giờ làm việc", "15 ngày", "Trong ngày làm
 * việc"), numbers below 10 with a leading zero as administrative documents write them
 * (NĐ 30/2020/NĐ-CP Phụ lục I). Null when the procedure publishes no time: the line stays blank.
 */
export function legalTimeLimit(timings: readonly ChannelTiming[], channel: DossierChannel): string | null {
  const limit = processingTimeFor(timings, channel);
  if (!limit) return null;
  const words = vi.labels;
  if (limit.unit === "WORKING_DAYS" && limit.amount === 0) return words.withinDay;
  const template = {
    WORKING_DAYS: words.workingDays,
    CALENDAR_DAYS: words.calendarDays,
    WORKING_HOURS: words.workingHours,
  }[limit.unit];
  return fill(template, { n: two(limit.amount) });
}
