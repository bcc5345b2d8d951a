import { mau05FromSource } from "@/lib/legal-forms/control-slip";
import { legalFormRoute } from "@/lib/legal-forms/route";
import { renderMau05ControlSlip } from "@/lib/legal-forms/mau-05-control-slip";

/** Mẫu 05, the processing control slip: internal, for the staff of the agencies that hold the dossier. */
export const GET = legalFormRoute({
  fileName: "mau-05",
  toData: mau05FromSource,
  render: renderMau05ControlSlip,
  staffOnly: true,
  missing: "Hồ sơ chưa được tiếp nhận.",
});
