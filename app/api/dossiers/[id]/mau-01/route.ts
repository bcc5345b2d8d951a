import { db } from "@/lib/db";
import { applicantAddressOf } from "@/lib/dossiers/applicant-address";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { notFound } from "@/lib/errors";
import { mau01FromDossier } from "@/lib/legal-forms/mau-01-from-dossier";
import { renderMau01Receipt } from "@/lib/legal-forms/mau-01-receipt";
import { dossierLookupUrl, printedDocumentRoute } from "@/lib/legal-forms/route";

/** Mẫu 01, receipt and appointment, for the applicant and the agency's staff once the dossier is received. */
export const GET = printedDocumentRoute(async (actor, { id }: { id: string }) => {
  const dossier = await getDossierForActor(actor, id, "records");
  const data = dossier.code
    ? mau01FromDossier(dossier, dossierLookupUrl(dossier.code), await applicantAddressOf(db, dossier.id))
    : null;
  if (!data) throw notFound("Hồ sơ chưa được tiếp nhận.");
  return { body: await renderMau01Receipt(data), fileName: `mau-01-${data.code}.pdf` };
});
