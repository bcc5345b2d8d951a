import { mau03FromSource } from "@/lib/legal-forms/from-source";
import { legalFormRoute } from "@/lib/legal-forms/route";
import { renderMau03Refusal } from "@/lib/legal-forms/mau-03-refusal";

/** Mẫu 03, the refusal (at reception or after review), for the applicant and the agencies' staff. */
export const GET = legalFormRoute({
  fileName: "mau-03",
  toData: mau03FromSource,
  render: renderMau03Refusal,
  missing: "Hồ sơ không bị từ chối.",
});
