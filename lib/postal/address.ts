import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";

// The delivery address of a postal choice (QĐ 45/2016/QĐ-TTg): the two-level administrative units
// (province, commune/ward; no district since 2025) and the street detail, with the recipient's
// name and phone, which the postman needs. Validated on the server whatever the browser did.

const trimmed = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

export const postalAddressSchema = z.object({
  provinceCode: z.string().trim().min(1, "Vui lòng chọn tỉnh, thành phố nhận bưu gửi."),
  communeCode: z.string().trim().min(1, "Vui lòng chọn xã, phường nhận bưu gửi."),
  street: trimmed(200, "Địa chỉ chi tiết tối đa 200 ký tự.").pipe(
    z.string().min(3, "Vui lòng nhập địa chỉ chi tiết (số nhà, đường, ấp, khu phố)."),
  ),
  recipientName: trimmed(100, "Họ và tên người nhận tối đa 100 ký tự.").pipe(
    z.string().min(2, "Vui lòng nhập họ và tên người nhận."),
  ),
  recipientPhone: z
    .string()
    .transform((s) => s.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(/^0\d{9}$/, "Số điện thoại người nhận phải gồm 10 chữ số, bắt đầu bằng số 0.")),
});

export type PostalAddress = z.infer<typeof postalAddressSchema>;

/**
 * The parsed address, or its first problem with one message per field at fault, keyed by the
 * field's name ("street"), so each is shown beside its field and not only near the button.
 */
export function parsePostalAddress(
  input: Record<string, unknown>,
): { ok: true; address: PostalAddress } | { ok: false; error: string; fieldErrors: FieldErrors } {
  const parsed = postalAddressSchema.safeParse(input);
  return parsed.success
    ? { ok: true, address: parsed.data }
    : { ok: false, error: parsed.error.issues[0].message, fieldErrors: fieldErrorsOf(parsed.error) };
}
