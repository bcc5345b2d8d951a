import type { DossierDetail } from "../dossiers/queries";
import type { Mau01Receipt } from "./mau-01-receipt";
import { legalTimeLimit } from "./time-limit";

const RESULT_PLACE: Record<DossierDetail["resultDelivery"], string> = {
  COUNTER: "Bộ phận tiếp nhận và trả kết quả",
  POST: "Qua dịch vụ bưu chính công ích, tại địa chỉ của người nộp hồ sơ",
  ELECTRONIC: "Trên Cổng Dịch vụ công tỉnh Tây Ninh (kết quả điện tử)",
};

/**
 * Mẫu 01 of a received dossier (TT 01/2018/TT-VPCP), or null while it has not been received.
 * `applicantAddress`: the address the papers print (lib/dossiers/applicant-address.ts), which
 * the e-form or the postal details may give when the dossier itself has none.
 */
export function mau01FromDossier(
  d: DossierDetail,
  lookupUrl: string,
  applicantAddress: string | null = d.applicantAddress,
): Mau01Receipt | null {
  if (!d.code || !d.receivedAt || !d.dueAt) return null;
  // Online dossiers are received by RECEIVE, walk-in ones by RECEIVE_AT_COUNTER.
  const received = d.events.find((e) => e.action === "RECEIVE" || e.action === "RECEIVE_AT_COUNTER");
  // The papers handed in: scans, and components kept on paper with a summary (nộp bản giấy).
  const attached = new Set(
    [...d.attachments.filter((a) => a.kind === "APPLICATION"), ...d.paperSubmissions].map((a) => a.componentId),
  );
  return {
    // The counter that received the papers issues the receipt (any counter since NĐ 118/2025).
    agency: { name: (d.receivingAgency ?? d.agency).name },
    code: d.code,
    applicant: { name: d.applicantName, address: applicantAddress, phone: d.applicantPhone, email: d.applicantEmail },
    procedure: { name: d.procedure.name, code: d.procedure.code },
    documents: d.procedure.components
      .filter((c) => attached.has(c.id))
      .map((c) => ({ name: c.name, copyType: c.copyType, count: c.count })),
    processingTime: legalTimeLimit(d.procedure.timings, d.channel),
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    resultPlace: RESULT_PLACE[d.resultDelivery],
    officerName: received?.actor?.fullName ?? "",
    lookupUrl,
  };
}
