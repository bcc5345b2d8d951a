import "server-only";
import type { Tx } from "../db/create-client";

// The applicant's address as a form or receipt prints it ("Địa chỉ"). The dossier keeps the
// permanent address the profile gave when the draft was made, but a citizen without one in the
// e-ID profile types it in the e-form ("Nơi thường trú"), and one who receives the result by post
// gives a delivery address: a printed paper left blank when any of these is known is a paper the
// counter has to fill in by hand. One function for the receipts and the legal forms.

type Sources = {
  /** The e-form's answer "applicantAddress" (Nơi thường trú), as the applicant declared it. */
  declared?: unknown;
  /** What the dossier recorded at creation (profile, counter or integration API). */
  recorded?: string | null;
  /** The postal delivery address, when the result goes by post. */
  postal?: { street: string; communeName: string; provinceName: string } | null;
};

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** The first address known: the one declared in the e-form, the dossier's, then the postal one; null when none. */
export function pickApplicantAddress({ declared, recorded, postal }: Sources): string | null {
  const postalLine = postal
    ? [postal.street, postal.communeName, postal.provinceName].map(text).filter(Boolean).join(", ")
    : "";
  return text(declared) || text(recorded) || postalLine || null;
}

/** The applicant's address of one dossier (see pickApplicantAddress). */
export async function applicantAddressOf(tx: Tx, dossierId: string): Promise<string | null> {
  const d = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      applicantAddress: true,
      formData: true,
      postalChoice: { select: { street: true, communeCode: true, provinceCode: true } },
    },
  });
  const answers = (d.formData ?? {}) as Record<string, unknown>;
  const choice = d.postalChoice;
  const units = choice
    ? await tx.administrativeUnit.findMany({
        where: { code: { in: [choice.communeCode, choice.provinceCode] } },
        select: { code: true, name: true },
      })
    : [];
  const name = (code: string) => units.find((u) => u.code === code)?.name ?? "";
  return pickApplicantAddress({
    declared: answers.applicantAddress,
    recorded: d.applicantAddress,
    postal: choice
      ? { street: choice.street, communeName: name(choice.communeCode), provinceName: name(choice.provinceCode) }
      : null,
  });
}
