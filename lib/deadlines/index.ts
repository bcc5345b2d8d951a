// The deadline calculator: the one home of the legal time rules (NĐ 118/2025 Art. 17–19, BLDS 2015 Art. 147–148). Pure: no
// database, no clock, no dependency on the server's time zone; safe on server and client.
export * from "./types";
export { createWorkingCalendar, type WorkingCalendar } from "./working-calendar";
export { effectiveReceptionTime } from "./effective-reception-time";
export { receptionClockStart, type ReceptionFacts } from "./reception-clock-start";
export { computeDueAt, DEFAULT_SAME_DAY_CUTOFF, type DueAtOptions } from "./compute-due-at";
export { countWorkingDaysBetween, addWorkingDays } from "./working-days";
export { classifyCompletion } from "./classify-completion";
export { restartAfterSupplement } from "./restart-after-supplement";
export { transferDeadline } from "./transfer-deadline";
export {
  deadlineWarning,
  warningCandidatesDueBefore,
  warningStartsAt,
  WARNED_STATUSES,
  WARNING_LEAD_WORKING_DAYS,
  type DeadlineWarning,
} from "./deadline-warning";
export { processingTimeFor, type ChannelTiming, type DossierChannel, type ProcessingTime } from "./processing-time";
