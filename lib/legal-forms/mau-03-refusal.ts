import "server-only";
import { signatureBlocks } from "../pdf/administrative-layout";
import { applicantLines, paragraph, reasonLines, startForm, type FormBase } from "./legal-form";
import { longDate } from "../text/vietnamese-dates";

// Mẫu số 03 of the appendix to TT 01/2018/TT-VPCP: "Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
// issued by the counter when a dossier is refused at reception, or by the competent agency
// when it refuses after review (the refusal is then the result). Printed on A5.

export type Mau03Refusal = FormBase & {
  stage: "RECEPTION" | "REVIEW";
  /** The reasons, as the officer wrote them (one per line). */
  reasons: string;
  /** Who decided: the counter officer at reception, the leader after review. */
  signer: { title: string; name: string };
};

export const MAU_03_TITLE = "Phiếu từ chối tiếp nhận, giải quyết hồ sơ";

export async function renderMau03Refusal(data: Mau03Refusal): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(data, { title: MAU_03_TITLE, subject: "Mẫu số 03 - Thông tư 01/2018/TT-VPCP" });
  paragraph(w, `${data.agency.name} đã tiếp nhận hồ sơ của:`);
  applicantLines(w, data);
  const decision = data.stage === "RECEPTION" ? "không tiếp nhận hồ sơ này" : "không giải quyết hồ sơ này";
  paragraph(w, `Qua xem xét, ${longDate(data.date)}, cơ quan, đơn vị thông báo ${decision} với lý do cụ thể như sau:`);
  reasonLines(w, data.reasons);
  w.gap(2);
  paragraph(w, "Xin thông báo để Ông/Bà được biết và thực hiện./.");
  signatureBlocks(w, [{ title: data.signer.title, name: data.signer.name }]);
  return w.save();
}
