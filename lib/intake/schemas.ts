// What the counter officer types to start a walk-in dossier: the same checks for the server
// action and for the command (which may be called directly), so both say the same thing.
import { z } from "zod";
import { FIELD_PATTERNS } from "../forms/rules";

const pattern = (type: "personalId" | "phone" | "email" | "date") => FIELD_PATTERNS[type]!;
/** An optional text box: empty means "not given" (null). */
const optional = (max: number, message: string) =>
  z
    .string("Dữ liệu không hợp lệ.")
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

/** YYYY-MM-DD naming a real day (no 31 February, which Date.parse would roll over) not after today. */
function isPastCalendarDate(v: string): boolean {
  if (!pattern("date")[0].test(v)) return false;
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v && day.getTime() <= Date.now();
}

export const WALK_IN_CHANNELS = ["COUNTER", "POSTAL"] as const;

export const walkInStartSchema = z.object({
  procedureCode: z.string("Vui lòng chọn thủ tục.").trim().min(1, "Vui lòng chọn thủ tục."),
  agencyId: z.string("Vui lòng chọn cơ quan giải quyết.").min(1, "Vui lòng chọn cơ quan giải quyết."),
  /** Where the papers were handed in; may be left out when the officer works at one counter only. */
  receivingAgencyId: z
    .string()
    .optional()
    .transform((v) => v || null),
  channel: z.enum(WALK_IN_CHANNELS, "Vui lòng chọn hình thức nhận hồ sơ (trực tiếp hoặc qua bưu chính)."),
  applicantPersonalId: z
    .string("Vui lòng nhập số định danh cá nhân của người nộp hồ sơ.")
    .trim()
    .regex(/^\d{12}$/, "Số định danh cá nhân của người nộp hồ sơ phải gồm đúng 12 chữ số."),
  applicantName: z
    .string("Vui lòng nhập họ và tên người nộp hồ sơ.")
    .trim()
    .min(1, "Vui lòng nhập họ và tên người nộp hồ sơ.")
    .max(200, "Họ và tên tối đa 200 ký tự."),
  applicantBirthDate: optional(10, "Ngày sinh không hợp lệ.").refine(
    (v) => v === null || isPastCalendarDate(v),
    "Ngày sinh không hợp lệ.",
  ),
  applicantPhone: optional(10, pattern("phone")[1]).refine(
    (v) => v === null || pattern("phone")[0].test(v),
    pattern("phone")[1],
  ),
  applicantEmail: optional(254, pattern("email")[1]).refine(
    (v) => v === null || pattern("email")[0].test(v),
    pattern("email")[1],
  ),
  applicantAddress: optional(500, "Địa chỉ tối đa 500 ký tự."),
});

export type WalkInStartInput = z.input<typeof walkInStartSchema>;
export type WalkInStart = z.output<typeof walkInStartSchema>;
