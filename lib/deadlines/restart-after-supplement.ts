// "The processing time restarts from zero when the complete dossier arrives" ("tính lại từ
// đầu", NĐ 61/2018 Art. 19(4) as amended by NĐ 107/2021): after a request to supplement
// (Mẫu 02), the clock does not resume where it stopped.
// NĐ 61/2018 Art. 15–19 as replaced by NĐ 118/2025; TT 01/2018/TT-VPCP as replaced by TT 03/2025.
import { computeDueAt, type DueAtOptions } from "./compute-due-at";
import { effectiveReceptionTime } from "./effective-reception-time";
import type { ProcessingDuration } from "./types";
import type { WorkingCalendar } from "./working-calendar";

export function restartAfterSupplement(
  completeAt: Date,
  duration: ProcessingDuration,
  calendar: WorkingCalendar,
  options?: DueAtOptions,
): Date {
  return computeDueAt(effectiveReceptionTime(completeAt, calendar), duration, calendar, options);
}
