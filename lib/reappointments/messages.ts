// The Vietnamese wording of this feature, in one place: shown to staff, written to the audit
// trail and checked by the tests.
import { numericDate, shortDateTime } from "../text/vietnamese-dates";
import type { DeadlineWarning } from "../deadlines";

/** A new date may be given only once per dossier (NĐ 61/2018 Art. 19, now NĐ 118/2025). */
export const ONLY_ONCE =
  "Hồ sơ đã được hẹn lại ngày trả kết quả một lần; theo quy định không được hẹn lại lần thứ hai.";

/** The reason the system drafts; the leader states the real one before issuing. */
export const DRAFT_REASON = "Hồ sơ cần thêm thời gian để thẩm định, xác minh nên chưa thể trả kết quả đúng hẹn.";

/** What the warning says, on the staff page and in the audit trail. */
export function warningText(warning: Pick<DeadlineWarning, "kind" | "dueAt" | "warnFrom">): string {
  const due = shortDateTime(warning.dueAt);
  // warnFrom is the opening of the last working day on which the apology is lawful: name that day.
  return warning.kind === "OVERDUE"
    ? `Hồ sơ đã quá hạn trả kết quả (hạn ${due}). Lãnh đạo cần ban hành ngay Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).`
    : `Hồ sơ sắp đến hạn trả kết quả (hạn ${due}). Nếu không thể trả kết quả đúng hạn, lãnh đạo ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) chậm nhất trong ngày ${numericDate(warning.warnFrom)} (01 ngày làm việc trước hạn).`;
}

/** The warning once the new date was given: it cannot be moved again, the result must be ready by then. */
export function reappointedWarningText(warning: Pick<DeadlineWarning, "kind" | "dueAt">): string {
  const due = shortDateTime(warning.dueAt);
  return warning.kind === "OVERDUE"
    ? `Hồ sơ đã quá ngày hẹn trả kết quả mới (${due}) ghi trên Phiếu xin lỗi và hẹn lại ngày trả kết quả. Không được hẹn lại lần thứ hai: cần trả kết quả ngay.`
    : `Hồ sơ sắp đến ngày hẹn trả kết quả mới (${due}) ghi trên Phiếu xin lỗi và hẹn lại ngày trả kết quả. Không được hẹn lại lần thứ hai: cần trả kết quả đúng hẹn.`;
}

/** The audit note of an issued apology. */
export function issuedNote(previousDueAt: Date, newDueAt: Date, reason: string): string {
  return `Hẹn lại ngày trả kết quả: ${shortDateTime(newDueAt)} (hạn cũ ${shortDateTime(previousDueAt)}). Lý do: ${reason}`;
}
