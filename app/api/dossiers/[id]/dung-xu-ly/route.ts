import { stopNoticeFromSource } from "@/lib/legal-forms/from-source";
import { legalFormRoute } from "@/lib/legal-forms/route";
import { renderStopNotice } from "@/lib/legal-forms/stop-notice";

/** The notice of stopping processing (TT 03/2025), for the applicant and the agencies' staff. */
export const GET = legalFormRoute({
  fileName: "thong-bao-dung-xu-ly",
  toData: stopNoticeFromSource,
  render: renderStopNotice,
  missing: "Hồ sơ không bị dừng xử lý.",
});
