// What an administrator may write into a procedure's components and fees. Pure.
import { z } from "zod";
import type { CopyType } from "../generated/prisma/enums";
import { wholeNumber } from "./procedure-time";

export const COPY_TYPES = [
  "ORIGINAL",
  "COPY",
  "CERTIFIED_COPY",
  "ORIGINAL_OR_COPY",
] as const satisfies readonly CopyType[];

/** Form checkboxes send "on" when ticked and nothing otherwise. */
const checkbox = z
  .union([z.boolean(), z.string(), z.undefined()])
  .transform((v) => v === true || v === "on" || v === "true");

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} tối đa ${max} ký tự.`)
    .optional()
    .transform((s) => (s ? s : null));

/** Thành phần hồ sơ (DocumentComponent). */
export const componentSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Vui lòng nhập tên thành phần hồ sơ.")
    .max(500, "Tên thành phần hồ sơ tối đa 500 ký tự."),
  copyType: z.enum(COPY_TYPES, "Vui lòng chọn loại bản (bản chính, bản sao…)."),
  count: wholeNumber("Số lượng", 100).refine((n) => n >= 1, "Số lượng phải từ 1 trở lên."),
  required: checkbox,
  paperAllowed: checkbox,
  /** The declaration whose content is the e-form: never asked for as a file (lib/dossiers/filing-rules.ts). */
  // Optional: left out, an edit keeps the component's flag (the editor's form always sends it).
  satisfiedByEForm: checkbox.optional(),
  note: optionalText(1000, "Ghi chú"),
  templateUrl: optionalText(500, "Đường dẫn mẫu đơn").refine(
    (s) => s === null || /^(https:\/\/|\/)[^\s]*$/.test(s),
    "Đường dẫn mẫu đơn phải bắt đầu bằng https:// hoặc / (tệp trên cổng).",
  ),
});
export type ComponentData = z.output<typeof componentSchema>;

/** Phí, lệ phí (ProcedureFee). 0 đồng is a valid amount: "miễn lệ phí" is stated as such. */
export const feeSchema = z
  .object({
    kind: z.enum(["FEE", "CHARGE"], "Vui lòng chọn phí hoặc lệ phí."),
    amountVnd: wholeNumber("Mức thu (đồng)", 1_000_000_000),
    description: z
      .string()
      .trim()
      .min(1, "Vui lòng nhập mô tả mức thu (đối tượng, căn cứ).")
      .max(1000, "Mô tả mức thu tối đa 1000 ký tự."),
    // A fee per unit (per copy): the e-form's number field giving the quantity, and the unit's
    // name; the bill multiplies (lib/payments/bill-lines.ts). Empty: one amount per dossier.
    quantityField: optionalText(50, "Trường số lượng"),
    unitName: optionalText(30, "Đơn vị tính"),
  })
  .refine((f) => !f.quantityField || f.unitName, {
    path: ["unitName"],
    message: "Vui lòng nhập đơn vị tính (ví dụ: bản) cho mức thu tính theo số lượng.",
  });
export type FeeData = z.output<typeof feeSchema>;
