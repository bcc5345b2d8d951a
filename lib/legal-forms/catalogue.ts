// Which legal forms a dossier has, from what its page already loads (its events and reception).
// Pure and safe for the browser. Each entry's route decides again, on the server, who may read it.

export type LegalFormAudience = "citizen" | "staff";

export type LegalFormLink = { slug: string; label: string };

type Entry = LegalFormLink & {
  /** The form exists once the dossier is received, or once one of these events happened. */
  when: "received" | readonly string[];
  /** The agencies' internal forms (Mẫu 05) are not shown to the applicant. */
  staffOnly?: boolean;
};

// Mẫu 04 is not listed here: the re-appointment panel of both dossier pages links it with the new date.
const FORMS: readonly Entry[] = [
  { slug: "mau-01", label: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", when: "received" },
  {
    slug: "mau-02",
    label: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
    when: ["REQUEST_SUPPLEMENT", "REQUEST_SUPPLEMENT_IN_PROCESSING"],
  },
  {
    slug: "mau-03",
    label: "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (Mẫu 03)",
    when: ["REFUSE_RECEPTION", "REFUSE_AFTER_REVIEW"],
  },
  { slug: "mau-05", label: "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)", when: "received", staffOnly: true },
  { slug: "dung-xu-ly", label: "Thông báo dừng xử lý hồ sơ", when: ["STOP"] },
  { slug: "giao-ket-qua", label: "Phiếu giao nhận kết quả", when: ["RETURN_RESULT"] },
];

export function availableLegalForms(
  dossier: { receivedAt: Date | null; events: readonly { action: string; note?: string | null }[] },
  audience: LegalFormAudience,
): LegalFormLink[] {
  const actions = new Set(dossier.events.map((e) => e.action));
  return FORMS.filter(
    (f) =>
      (audience === "staff" || !f.staffOnly) &&
      (f.when === "received" ? dossier.receivedAt !== null : f.when.some((a) => actions.has(a))),
  ).map(({ slug, label }) => ({ slug, label }));
}
