// Vietnamese names of catalogue enums, for documents that are always Vietnamese (PDF forms).
// The words themselves live in the UI dictionary (lib/i18n/vi.ts), the one place for them.
import type { DurationUnit } from "../generated/prisma/enums";
import { vi, type Dictionary } from "../i18n/vi";
import { fill } from "../i18n/locales";

export const AUTHORITY_LABEL = vi.labels.authority;
export const SERVICE_LEVEL_LABEL = vi.labels.serviceLevel;
/** What each level means to an applicant (toàn trình / một phần: docs/domain.md §3). */
export const SERVICE_LEVEL_DESCRIPTION = vi.labels.serviceDescription;
export const COPY_TYPE_LABEL = vi.labels.copyType;
export const FEE_KIND_LABEL = vi.labels.feeKind;
export const TIMING_CHANNEL_LABEL = vi.labels.channel;

/** A processing time ("15 ngày làm việc") in the given dictionary's words. */
export function durationText(labels: Dictionary["labels"], amount: number, unit: DurationUnit): string {
  if (unit === "WORKING_DAYS") return amount === 0 ? labels.withinDay : fill(labels.workingDays, { n: amount });
  return fill(unit === "CALENDAR_DAYS" ? labels.calendarDays : labels.workingHours, { n: amount });
}

export const durationLabel = (amount: number, unit: DurationUnit) => durationText(vi.labels, amount, unit);
