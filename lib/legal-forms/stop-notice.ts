import "server-only";
import { signatureBlocks } from "../pdf/administrative-layout";
import { applicantLines, field, paragraph, reasonLines, startForm, type FormBase } from "./legal-form";
import { timeAndLongDate } from "../text/vietnamese-dates";

// "Thông báo dừng xử lý hồ sơ": the notice TT 03/2025 adds to the forms of TT 01/2018/TT-VPCP,
// sent to the applicant when the competent agency stops processing a received dossier, with the
// reason. Printed on A5.

export type StopNotice = FormBase & {
  receivedAt: Date | null;
  reason: string;
  /** The leader who decided to stop. */
  signerName: string;
};

export const STOP_NOTICE_TITLE = "Thông báo dừng xử lý hồ sơ";

export async function renderStopNotice(data: StopNotice): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(data, { title: STOP_NOTICE_TITLE, subject: "Thông tư 03/2025/TT-VPCP" });
  paragraph(w, `${data.agency.name} thông báo dừng xử lý hồ sơ của:`);
  applicantLines(w, data);
  paragraph(w, field("Thời gian tiếp nhận hồ sơ", data.receivedAt ? timeAndLongDate(data.receivedAt) : null));
  paragraph(w, field("Thời gian dừng xử lý", timeAndLongDate(data.date)));
  paragraph(w, "Lý do dừng xử lý:");
  reasonLines(w, data.reason);
  w.gap(2);
  paragraph(w, "Hồ sơ không tiếp tục được giải quyết. Xin thông báo để Ông/Bà được biết./.");
  signatureBlocks(w, [{ title: "Lãnh đạo cơ quan", name: data.signerName }]);
  return w.save();
}
