import type { Actor } from "@/lib/auth/actor";
import { issuedReappointmentForApplicant } from "@/lib/reappointments/queries";
import { formatDateTime } from "@/components/ui/format";

/** The agency's apology and its new date for the result (Mẫu 04), as the applicant reads it. */
export async function ReappointmentNotice({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const r = await issuedReappointmentForApplicant(actor, dossierId);
  if (!r) return null;
  return (
    <section
      aria-labelledby="xin-loi"
      className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 shadow-sm space-y-1"
    >
      <h2 id="xin-loi" className="text-lg font-semibold">
        Xin lỗi và hẹn lại ngày trả kết quả
      </h2>
      <p>Cơ quan giải quyết xin lỗi vì không thể trả kết quả đúng hạn ({formatDateTime(r.previousDueAt)}).</p>
      <p>Lý do: {r.reason}</p>
      <p>
        Ngày hẹn trả kết quả mới: <strong data-testid="new-due-at">{formatDateTime(r.newDueAt)}</strong>
      </p>
      <p>
        <a
          href={`/api/dossiers/${dossierId}/mau-04`}
          target="_blank"
          rel="noreferrer"
          className="inline-block min-h-11 py-2"
        >
          Tải Phiếu xin lỗi và hẹn lại ngày trả kết quả (PDF)
        </a>
      </p>
    </section>
  );
}
