import "server-only";
import { documentTitle, nationalHeader, signatureBlocks } from "../pdf/administrative-layout";
import { DocumentWriter } from "../pdf/document-writer";
import { field } from "./legal-form";
import { lookupQr } from "../pdf/lookup-qr";
import { longDate, timeAndLongDate } from "../text/vietnamese-dates";

// Mẫu số 04 of the appendix to TT 01/2018/TT-VPCP: "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
// sent by the agency that cannot return the result on time, at least 1 working day before the
// due date, with a new date that may be given only once (NĐ 61/2018 Art. 19, now NĐ 118/2025;
// TT 03/2025 replaces TT 01/2018 — check the wording there). Printed on A5.

export type Mau04Reappointment = {
  /** The competent agency, which apologises and signs. */
  agency: { name: string };
  place?: string;
  number?: string | null;
  code: string;
  /** The dossier's public lookup page, printed as a QR code. */
  lookupUrl: string;
  applicant: { name: string; address?: string | null };
  procedure: { name: string; code?: string | null };
  receivedAt: Date;
  previousDueAt: Date;
  newDueAt: Date;
  reason: string;
  issuedAt: Date;
  leaderName: string;
};

export async function renderMau04Reappointment(data: Mau04Reappointment): Promise<Uint8Array<ArrayBuffer>> {
  const w = await DocumentWriter.create({
    paper: "A5",
    baseSize: 10,
    metadata: {
      title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${data.code}`,
      subject: "Mẫu số 04 - Thông tư 01/2018/TT-VPCP",
      keywords: [data.code],
      createdAt: data.issuedAt,
    },
  });
  lookupQr(w, data.lookupUrl);
  const agency = data.agency.name;
  nationalHeader(w, {
    agency: { name: agency },
    place: data.place ?? "Tây Ninh",
    date: data.issuedAt,
    number: data.number,
  });
  documentTitle(w, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", [{ text: `Mã hồ sơ: ${data.code}`, face: "bold" }]);

  const para = (content: Parameters<DocumentWriter["text"]>[0]) =>
    w.text(content, { spaceAfter: 2, firstLineIndent: 14 });
  w.text([{ text: "Kính gửi: " }, { text: `Ông/Bà ${data.applicant.name}`, face: "bold" }], {
    align: "center",
    spaceAfter: 4,
  });
  if (data.applicant.address) para(field("Địa chỉ", data.applicant.address));
  const procedure = data.procedure.code
    ? `${data.procedure.name} (mã thủ tục ${data.procedure.code})`
    : data.procedure.name;
  para([
    { text: `${longDate(data.receivedAt).replace(/^n/, "N")}, ${agency} tiếp nhận hồ sơ đề nghị ` },
    { text: procedure, face: "bold" },
    { text: ` của Ông/Bà; mã hồ sơ: ` },
    { text: data.code, face: "bold" },
    { text: "." },
  ]);
  para(field("Thời gian hẹn trả kết quả giải quyết hồ sơ", timeAndLongDate(data.previousDueAt)));
  para(
    `Tuy nhiên, ${agency} không thể trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
  );
  para(field("Lý do", data.reason));
  para(`Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${agency} xin lỗi Ông/Bà về sự bất tiện này.`);
  para([
    { text: `${agency} hẹn lại thời gian trả kết quả giải quyết hồ sơ cho Ông/Bà vào: ` },
    { text: timeAndLongDate(data.newDueAt), face: "bold" },
    { text: "." },
  ]);
  para("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.");

  signatureBlocks(w, [{ title: "Thủ trưởng cơ quan", note: "(Ký, ghi rõ họ tên và đóng dấu)", name: data.leaderName }]);
  return w.save();
}
