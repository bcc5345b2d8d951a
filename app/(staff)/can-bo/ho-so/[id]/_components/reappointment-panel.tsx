import type { Actor } from "@/lib/auth/actor";
import { reappointedWarningText, warningText } from "@/lib/reappointments/messages";
import { staffReappointmentView } from "@/lib/reappointments/queries";
import { formatDateTime } from "@/components/ui/format";
import { ReappointmentForm } from "./reappointment-form";

/**
 * Before a deadline is missed (NĐ 61/2018 Art. 19, now NĐ 118/2025): the warning for the agency's
 * staff, the Mẫu 04 form for its leaders, and once issued the new date with the PDF.
 */
export async function ReappointmentPanel({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const view = await staffReappointmentView(actor, dossierId);
  if (!view || (!view.warning && !view.issued && !view.form)) return null;
  const { warning, issued, form, notYet } = view;
  const overdue = warning?.kind === "OVERDUE";
  return (
    <section
      aria-labelledby="hen-lai"
      className={`rounded border-l-4 p-4 shadow-sm space-y-3 ${overdue ? "border-red-700 bg-red-50" : "border-amber-600 bg-amber-50"}`}
    >
      <h2 id="hen-lai" className="text-lg font-semibold">
        {warning ? (overdue ? "Đã quá hạn" : "Sắp quá hạn") : "Hẹn lại ngày trả kết quả"}
        {warning && <span className="font-normal"> — hạn {formatDateTime(warning.dueAt)}</span>}
      </h2>
      {warning && (
        <p role="status" data-testid="deadline-warning">
          {issued ? reappointedWarningText(warning) : warningText(warning)}
        </p>
      )}
      {issued && (
        <div className="space-y-1 text-sm">
          <p>
            Đã ban hành Phiếu xin lỗi và hẹn lại ngày trả kết quả
            {issued.issuedBy && (
              <>
                {" "}
                ({issued.issuedBy}, {formatDateTime(issued.issuedAt)})
              </>
            )}
            : hẹn mới <strong data-testid="new-due-at">{formatDateTime(issued.newDueAt)}</strong>, hạn cũ{" "}
            {formatDateTime(issued.previousDueAt)}.
          </p>
          <p>Lý do: {issued.reason}</p>
          <p>Theo quy định chỉ được hẹn lại một lần: hồ sơ phải được trả kết quả đúng ngày hẹn mới.</p>
          <p>
            <a
              href={`/api/dossiers/${dossierId}/mau-04`}
              target="_blank"
              rel="noreferrer"
              className="inline-block min-h-11 py-2"
            >
              In Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)
            </a>
          </p>
        </div>
      )}
      {form && <ReappointmentForm dossierId={dossierId} {...form} />}
      {notYet && <p className="text-sm">{notYet}</p>}
    </section>
  );
}
