import "server-only";
import type { CompletionClass } from "../deadlines";
import { signatureBlocks } from "../pdf/administrative-layout";
import { field, paragraph, procedureLabel, startForm, type FormBase } from "./legal-form";
import { gridTable } from "../pdf/tables";
import { shortDateTime, timeAndLongDate } from "../text/vietnamese-dates";

// Mẫu số 05 of the appendix to TT 01/2018/TT-VPCP: "Phiếu kiểm soát quá trình giải quyết hồ
// sơ". It follows the dossier from the counter through every agency: one row per hand-over,
// who gave it to whom and when, the step's deadline and whether the step ended early, on time
// or late (TT 01/2018 Art. 17 as replaced by TT 03/2025). Printed on A5.

export type HandOverRow = {
  step: string;
  agency: string | null;
  giver: string | null;
  receiver: string | null;
  at: Date;
  /** The deadline of the step this hand-over ends, when the step had one. */
  stepDueAt: Date | null;
  result: CompletionClass | null;
  note: string | null;
};

export type Mau05ControlSlip = FormBase & {
  receivedAt: Date;
  dueAt: Date | null;
  leadAgency: string;
  otherAgencies: string[];
  rows: HandOverRow[];
};

export const MAU_05_TITLE = "Phiếu kiểm soát quá trình giải quyết hồ sơ";
export const COMPLETION_LABEL: Record<CompletionClass, string> = {
  EARLY: "Trước hạn",
  ON_TIME: "Đúng hạn",
  LATE: "Quá hạn",
};

export async function renderMau05ControlSlip(data: Mau05ControlSlip): Promise<Uint8Array<ArrayBuffer>> {
  const w = await startForm(data, { title: MAU_05_TITLE, subject: "Mẫu số 05 - Thông tư 01/2018/TT-VPCP" });
  paragraph(w, field("Người nộp hồ sơ", data.applicant.name));
  paragraph(w, field("Thủ tục", procedureLabel(data.procedure)));
  paragraph(w, field("Cơ quan giải quyết hồ sơ", data.leadAgency));
  if (data.otherAgencies.length > 0) paragraph(w, field("Cơ quan phối hợp giải quyết", data.otherAgencies.join("; ")));
  paragraph(w, field("Thời gian tiếp nhận", timeAndLongDate(data.receivedAt)));
  paragraph(w, field("Thời gian hẹn trả kết quả", data.dueAt ? timeAndLongDate(data.dueAt) : null));
  w.gap(2);
  gridTable(
    w,
    [
      { header: "TT", share: 0.05, align: "center" },
      { header: "Bước, cơ quan", share: 0.21 },
      { header: "Người giao / người nhận", share: 0.19 },
      { header: "Thời gian giao, nhận", share: 0.14, align: "center" },
      { header: "Hạn của bước", share: 0.14, align: "center" },
      // Wide enough for "Trước hạn" on one line at 7.5 pt: a label broken in two reads badly.
      { header: "Kết quả", share: 0.12, align: "center" },
      { header: "Ghi chú", share: 0.15 },
    ],
    data.rows.map((r, i) => [
      String(i + 1),
      r.agency ? `${r.step} (${r.agency})` : r.step,
      `Giao: ${r.giver ?? "—"}\nNhận: ${r.receiver ?? "—"}`,
      shortDateTime(r.at),
      r.stepDueAt ? shortDateTime(r.stepDueAt) : "—",
      r.result ? COMPLETION_LABEL[r.result] : "—",
      r.note ?? "",
    ]),
    { size: 7.5, padding: 2 },
  );
  signatureBlocks(w, [{ title: "Người lập phiếu", note: "(Bộ phận tiếp nhận và trả kết quả)" }], 30);
  return w.save();
}
