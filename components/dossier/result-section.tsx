import type { DossierDetail } from "@/lib/dossiers/queries";
import { formatBytes, formatDateTime } from "@/components/ui/format";

const DELIVERY: Record<string, string> = {
  ELECTRONIC: "Kết quả điện tử: tải về tại đây; bản điện tử cũng được lưu vào kho dữ liệu của bạn.",
  COUNTER: "Nhận bản giấy tại Bộ phận Một cửa của cơ quan giải quyết; mang theo giấy tờ tùy thân.",
  POST: "Bản giấy được gửi đến địa chỉ của bạn qua dịch vụ bưu chính công ích.",
};

/** The result of the dossier: the electronic documents and how the paper result is returned. */
export function ResultSection({ dossier, audience }: { dossier: DossierDetail; audience: "citizen" | "staff" }) {
  const results = dossier.attachments.filter((a) => a.kind === "RESULT");
  const issued = dossier.status === "RESOLVED" || dossier.status === "RETURNED";
  if (results.length === 0 && !issued) return null;
  if (audience === "citizen" && !issued) return null;
  return (
    <section aria-labelledby="ket-qua" className="rounded bg-white p-4 shadow-sm space-y-2">
      <h2 id="ket-qua" className="text-lg font-semibold">Kết quả giải quyết</h2>
      {dossier.outcome === "REFUSED" && <p className="font-semibold text-red-800">Hồ sơ không được giải quyết; văn bản trả lời nêu rõ lý do.</p>}
      {results.length > 0 ? (
        <ul className="text-sm">
          {results.map((r) => (
            <li key={r.id}><a href={`/api/attachments/${r.id}`} target="_blank" rel="noreferrer">{r.fileName}</a> ({formatBytes(r.sizeBytes)}, {formatDateTime(r.createdAt)})</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">Chưa có bản điện tử của kết quả.</p>
      )}
      {audience === "citizen" && <p className="text-sm">{DELIVERY[dossier.resultDelivery]}</p>}
      {dossier.returnedAt && <p className="text-sm">Đã trả kết quả lúc {formatDateTime(dossier.returnedAt)}.</p>}
    </section>
  );
}
