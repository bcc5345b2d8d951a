// What an agency record must look like. Pure: shared by the commands and their unit tests.
import { z } from "zod";

/**
 * Agency code of QCVN 102:2016/BTTTT, V1V2V3.Z1Z2.Y1Y2.MX1X2: three groups of digits, then the
 * province group — a letter and two digits (H80 for Tây Ninh). The same shape the seed checks
 * (prisma/seed/seed-demo-data.ts); the code starts every dossier code (TT 01/2018 Art. 19).
 */
export const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} tối đa ${max} ký tự.`)
    .transform((s) => (s === "" ? null : s));

export const agencySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      AGENCY_CODE,
      "Mã cơ quan không đúng định dạng QCVN 102:2016 (ví dụ 000.21.01.H80: ba chữ số, hai chữ số, hai chữ số, một chữ cái và hai chữ số, cách nhau bằng dấu chấm).",
    ),
  name: z.string().trim().min(1, "Vui lòng nhập tên cơ quan.").max(300, "Tên cơ quan tối đa 300 ký tự."),
  shortName: optionalText(100, "Tên viết tắt"),
  address: optionalText(500, "Địa chỉ"),
  phone: z
    .string()
    .trim()
    .refine(
      (s) => s === "" || /^\+?[0-9 .()-]{8,20}$/.test(s),
      "Số điện thoại không hợp lệ (8–20 chữ số, có thể có dấu cách, dấu chấm, gạch ngang).",
    )
    .transform((s) => (s === "" ? null : s)),
  email: z
    .string()
    .trim()
    .refine((s) => s === "" || z.email().safeParse(s).success, "Địa chỉ thư điện tử không hợp lệ.")
    .transform((s) => (s === "" ? null : s.toLowerCase())),
  level: z.enum(["PROVINCE", "COMMUNE"], "Vui lòng chọn cấp của cơ quan (cấp tỉnh hoặc cấp xã)."),
  parentId: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s)),
  unitCode: z.string().trim().min(1, "Vui lòng chọn đơn vị hành chính."),
});
export type AgencyInput = z.input<typeof agencySchema>;
export type AgencyData = z.output<typeof agencySchema>;
