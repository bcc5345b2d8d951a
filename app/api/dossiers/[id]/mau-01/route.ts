import { requireActor } from "@/lib/auth/actor";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { notFound } from "@/lib/errors";
import { errorResponse, pdfResponse } from "@/lib/http";
import { dossierLookupUrl } from "@/lib/legal-forms/route";
import { mau01FromDossier } from "@/lib/legal-forms/mau-01-from-dossier";
import { renderMau01Receipt } from "@/lib/legal-forms/mau-01-receipt";

/** Mẫu 01, receipt and appointment, for the applicant and the agency's staff once the dossier is received. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireActor();
    const dossier = await getDossierForActor(actor, (await params).id);
    const data = dossier.code ? mau01FromDossier(dossier, dossierLookupUrl(dossier.code)) : null;
    if (!data) throw notFound("Hồ sơ chưa được tiếp nhận.");
    const pdf = await renderMau01Receipt(data);
    return pdfResponse(pdf, `mau-01-${data.code}.pdf`);
  } catch (e) {
    return errorResponse(e);
  }
}
