// A procedure's legal time in working hours, and the internal workflow steps that share it.
// Pure: used by the admin commands, the seed's default steps and the unit tests.
import { z } from "zod";
import { DURATION_UNITS, type ProcessingDuration } from "../deadlines";
import type { Channel, StaffRole } from "../generated/prisma/enums";

/** 1 working day = 8 office hours (office hours in docs/domain.md §5; lib/deadlines DEFAULT_OFFICE_HOURS). */
export const HOURS_PER_WORKING_DAY = 8;

/**
 * The legal time as working hours, the unit of ProcedureStep.durationHours:
 * - WORKING_DAYS n → 8n; 0 ("trong ngày", same day) → 8, the one working day it may take;
 * - WORKING_HOURS n → n;
 * - CALENDAR_DAYS n → 8 × ⌊5n/7⌋: weekends are not worked, so only five of every seven
 *   calendar days count (rounded down, at least one working day; holidays are not known in
 *   advance, the deadline itself still runs on calendar days).
 */
export function legalWorkingHours(d: ProcessingDuration): number {
  if (d.unit === "WORKING_HOURS") return d.amount;
  if (d.unit === "WORKING_DAYS") return Math.max(d.amount, 1) * HOURS_PER_WORKING_DAY;
  return Math.max(Math.floor((d.amount * 5) / 7), 1) * HOURS_PER_WORKING_DAY;
}

/** The timing the steps must fit in: the online channel's, else the shortest one offered. */
export function stepBudgetTiming<T extends ProcessingDuration & { channel: Channel }>(timings: readonly T[]): T | null {
  const online = timings.find((t) => t.channel === "ONLINE");
  if (online) return online;
  return [...timings].sort((a, b) => legalWorkingHours(a) - legalWorkingHours(b))[0] ?? null;
}

export type StepData = { name: string; role: StaffRole; durationHours: number };

/**
 * Default internal workflow for a legal time of `hours` working hours: reception, review (most of
 * the time), approval, return of the result; the total never exceeds `hours`.
 */
export function defaultProcedureSteps(hours: number): StepData[] {
  const outer = hours >= 16 ? 4 : Math.floor(hours / 4); // reception and approval each
  const back = hours >= 16 ? 4 : 0; // handing the result back is quick when time is short
  return [
    { name: "Tiếp nhận hồ sơ", role: "COUNTER_OFFICER", durationHours: outer },
    { name: "Thẩm định, xử lý hồ sơ", role: "SPECIALIST", durationHours: hours - 2 * outer - back },
    { name: "Phê duyệt kết quả", role: "LEADER", durationHours: outer },
    { name: "Trả kết quả", role: "COUNTER_OFFICER", durationHours: back },
  ];
}

// ── Admin input ──

export const TIMING_CHANNELS = ["COUNTER", "ONLINE", "POSTAL"] as const satisfies readonly Channel[];

/** A whole number typed into a form ("" is not zero: it is refused). Numbers pass too. */
export const wholeNumber = (what: string, max: number) =>
  z
    .union([z.number(), z.string()])
    .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
    .refine((s) => s !== "", `Vui lòng nhập ${what.toLowerCase()}.`)
    .refine((s) => s === "" || /^\d+$/.test(s), `${what} phải là số nguyên không âm.`)
    .transform(Number)
    .refine((n) => n <= max, `${what} tối đa ${max}.`);

export const timingSchema = z
  .object({
    channel: z.enum(TIMING_CHANNELS, "Kênh nộp không hợp lệ."),
    amount: wholeNumber("Thời hạn giải quyết", 3650),
    unit: z.enum(DURATION_UNITS, "Vui lòng chọn đơn vị thời hạn."),
    description: z
      .string()
      .trim()
      .max(1000, "Mô tả thời hạn tối đa 1000 ký tự.")
      .transform((s) => (s === "" ? null : s)),
  })
  // lib/deadlines/README.md: only a same-day procedure has a zero, written as 0 WORKING_DAYS.
  .refine((t) => t.amount > 0 || t.unit === "WORKING_DAYS", {
    message: 'Thời hạn bằng 0 chỉ dùng cho thủ tục giải quyết trong ngày, với đơn vị "ngày làm việc".',
  });
export type TimingData = z.output<typeof timingSchema>;

export const stepSchema = z.object({
  name: z.string().trim().min(1, "Vui lòng nhập tên bước xử lý.").max(200, "Tên bước tối đa 200 ký tự."),
  role: z.enum(
    ["COUNTER_OFFICER", "SPECIALIST", "LEADER", "POSTAL_OFFICER", "ADMIN"],
    "Vui lòng chọn vai trò thực hiện bước.",
  ),
  durationHours: wholeNumber("Số giờ của bước", 10_000),
});

/** Null when the steps fit in the budget, else why not, with both figures. */
export function stepBudgetViolation(steps: readonly { durationHours: number }[], budgetHours: number): string | null {
  const total = steps.reduce((sum, s) => sum + s.durationHours, 0);
  if (total <= budgetHours) return null;
  return `Tổng thời gian các bước (${total} giờ làm việc) vượt thời hạn giải quyết của thủ tục (${budgetHours} giờ làm việc, tính 8 giờ cho một ngày làm việc).`;
}

/** All the channels a procedure is offered on, each once (ProcedureTiming is unique per channel). */
export const timingsSchema = z
  .array(timingSchema)
  .min(1, "Vui lòng khai báo thời hạn giải quyết cho ít nhất một kênh nộp hồ sơ.")
  .refine((ts) => new Set(ts.map((t) => t.channel)).size === ts.length, "Mỗi kênh nộp chỉ khai báo một thời hạn.");

export const stepsSchema = z
  .array(stepSchema)
  .min(1, "Quy trình cần ít nhất một bước xử lý.")
  .max(30, "Quy trình tối đa 30 bước.");

/** The steps against the procedure's timings: null when they fit (or no timing is set), else why not. */
export function stepsFitTimings(
  steps: readonly { durationHours: number }[],
  timings: readonly (ProcessingDuration & { channel: Channel })[],
): string | null {
  const budget = stepBudgetTiming(timings);
  return budget ? stepBudgetViolation(steps, legalWorkingHours(budget)) : null;
}
