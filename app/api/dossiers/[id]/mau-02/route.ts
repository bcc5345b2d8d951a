import { mau02FromSource } from "@/lib/legal-forms/from-source";
import { legalFormRoute } from "@/lib/legal-forms/route";
import { renderMau02SupplementRequest } from "@/lib/legal-forms/mau-02-supplement-request";

/** Mẫu 02, the latest request to supplement, for the applicant and the agencies' staff. */
export const GET = legalFormRoute({
  fileName: "mau-02",
  toData: mau02FromSource,
  render: renderMau02SupplementRequest,
  missing: "Hồ sơ chưa có yêu cầu bổ sung.",
});
