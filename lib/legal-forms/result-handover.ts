import "server-only";
import { signatureBlocks } from "../pdf/administrative-layout";
import { field, paragraph, procedureLabel, startForm, type FormBase } from "./legal-form";
import { timeAndLongDate } from "../text/vietnamese-dates";

// "Phiếu giao nhận kết quả giải quyết thủ tục hành chính": printed when the counter hands the
// result over after checking the recipient's identity document (TT 01/2018
// Art. 18 on returning results). Both sign it; the counter keeps one copy. Printed on A5.

export type ResultHandover = FormBase & {
  recipient: { name: string; personalId: string | null; authorisation: string | null };
  /** The officer's record of the check, as written in the dossier's history. */
  statement: string;
  officerName: string;
};

export const HANDOVER_TITLE = "Phiếu giao nhận kết quả giải quyết hồ sơ";

export async function renderResultHandover(data: ResultHandover): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(data, { title: HANDOVER_TITLE, subject: "Trả kết quả giải quyết thủ tục hành chính" });
  paragraph(w, field("Thời gian trả kết quả", timeAndLongDate(data.date)));
  paragraph(
    w,
    field(
      "Cơ quan trả kết quả",
      data.agency.parentName ? `${data.agency.name} - ${data.agency.parentName}` : data.agency.name,
    ),
  );
  paragraph(w, field("Người trả kết quả", data.officerName));
  paragraph(w, field("Người nộp hồ sơ", data.applicant.name));
  paragraph(w, field("Thủ tục", procedureLabel(data.procedure)));
  paragraph(w, field("Người nhận kết quả", data.recipient.name));
  paragraph(w, field("Số định danh cá nhân đã kiểm tra", data.recipient.personalId));
  if (data.recipient.authorisation) paragraph(w, field("Giấy ủy quyền", data.recipient.authorisation));
  paragraph(w, field("Ghi nhận", data.statement));
  paragraph(w, "Người nhận đã kiểm tra và nhận đủ kết quả giải quyết hồ sơ nêu trên./.");
  signatureBlocks(w, [
    { title: "Người nhận kết quả", name: data.recipient.name },
    { title: "Người trả kết quả", name: data.officerName },
  ]);
  return w.save();
}
