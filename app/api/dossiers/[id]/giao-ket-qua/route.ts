import { handoverFromSource } from "@/lib/legal-forms/from-source";
import { legalFormRoute } from "@/lib/legal-forms/route";
import { renderResultHandover } from "@/lib/legal-forms/result-handover";

/** The slip of the result handed over at the counter, for the applicant and the agencies' staff. */
export const GET = legalFormRoute({
  fileName: "phieu-giao-ket-qua",
  toData: handoverFromSource,
  render: renderResultHandover,
  missing: "Kết quả chưa được trả tại quầy.",
});
