// What the leader submits to issue the apology (Mẫu 04): parsed by the server action and again
// by the command, so that every caller gets the same messages. Pure, safe for the browser.
import { z } from "zod";
import { dayNumberFromIsoDate } from "../text/vietnam-time";

const isRealDate = (value: string) => {
  try {
    dayNumberFromIsoDate(value);
    return true;
  } catch {
    return false;
  }
};

export const issueReappointmentSchema = z.object({
  version: z.coerce.number().int().min(0),
  reason: z
    .string()
    .trim()
    .min(5, "Vui lòng nêu rõ lý do chậm trả kết quả (ít nhất 5 ký tự).")
    .max(2000, "Lý do tối đa 2000 ký tự."),
  newDueDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vui lòng chọn ngày hẹn trả kết quả mới.")
    .refine(isRealDate, "Ngày hẹn trả kết quả mới không hợp lệ."),
});

export type IssueReappointmentInput = z.input<typeof issueReappointmentSchema>;
