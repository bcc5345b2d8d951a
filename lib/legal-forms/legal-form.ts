import "server-only";
import { documentTitle, nationalHeader, type IssuingAgency } from "../pdf/administrative-layout";
import { DocumentWriter, type Paper } from "../pdf/document-writer";
import { lookupQr } from "../pdf/lookup-qr";
import type { Run } from "../pdf/text-flow";

// What the forms of TT 01/2018/TT-VPCP (Mẫu 02–05) and the stop notice of TT 03/2025 share:
// the lookup QR code, the national header, the title with the dossier's code, and the
// applicant and procedure lines. Each form then writes its own body.

export type FormBase = {
  agency: IssuingAgency;
  place?: string;
  number?: string | null;
  /** The date of the document (its place-date line and the file's dates). */
  date: Date;
  code: string;
  lookupUrl: string;
  applicant: { name: string; address?: string | null; phone?: string | null };
  procedure: { name: string; code?: string | null };
};

export const BLANK = "…………………";

/** "Label: value" as one flowing line, the value in bold, or a blank to fill in by hand. */
export const field = (label: string, value: string | null | undefined): Run[] => [
  { text: `${label}: ` },
  value ? { text: value, face: "bold" } : { text: BLANK },
];

export const procedureLabel = (p: FormBase["procedure"]) => (p.code ? `${p.name} (mã thủ tục ${p.code})` : p.name);

/** A new form: QR code in the corner, header, title and the code under it. */
export async function startForm(
  base: FormBase,
  form: { title: string; subject: string; paper?: Paper; landscape?: boolean; codeLabel?: string },
) {
  const w = await DocumentWriter.create({
    paper: form.paper ?? "A5",
    landscape: form.landscape,
    baseSize: 10,
    metadata: {
      title: `${form.title} ${base.code}`,
      subject: form.subject,
      keywords: [base.code],
      createdAt: base.date,
    },
  });
  lookupQr(w, base.lookupUrl);
  nationalHeader(w, { agency: base.agency, place: base.place ?? "Tây Ninh", date: base.date, number: base.number });
  documentTitle(w, form.title, [{ text: `${form.codeLabel ?? "Mã hồ sơ"}: ${base.code}`, face: "bold" }]);
  return w;
}

/** One paragraph with a little space under it. */
export const paragraph = (w: DocumentWriter, content: string | Run[]) => w.text(content, { spaceAfter: 1.5 });

/** The applicant's name, address and the procedure, as the forms list them. */
export function applicantLines(w: DocumentWriter, base: FormBase) {
  paragraph(w, field("Ông/Bà", base.applicant.name));
  paragraph(w, field("Địa chỉ", base.applicant.address));
  paragraph(w, field("Nội dung yêu cầu giải quyết", procedureLabel(base.procedure)));
}

/** Reasons written by an officer, one indented bold paragraph per line. */
export function reasonLines(w: DocumentWriter, text: string) {
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    w.text(line, { face: "bold", firstLineIndent: 12, spaceAfter: 1.5 });
  }
}
