import { requireActor } from "@/lib/auth/actor";
import { expectedDueAt } from "@/lib/dossiers/expected-due";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { notFound } from "@/lib/errors";
import { errorResponse, pdfResponse } from "@/lib/http";
import { dossierLookupUrl } from "@/lib/legal-forms/route";
import { onlineReceiptFromDossier } from "@/lib/legal-forms/online-receipt-from-dossier";
import { renderOnlineSubmissionReceipt } from "@/lib/legal-forms/online-submission-receipt";

type Params = { params: Promise<{ id: string }> };

/** The online-submission receipt (PDF) of a filed dossier, for whoever may read the dossier (404 to anyone else). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    const dossier = await getDossierForActor(actor, id);
    const expected =
      dossier.status === "SUBMITTED" && !dossier.dueAt && dossier.submittedAt
        ? await expectedDueAt(dossier.procedure.timings, dossier.channel, dossier.submittedAt)
        : null;
    const lookupUrl = dossier.code ? dossierLookupUrl(dossier.code) : "";
    const receipt = onlineReceiptFromDossier(dossier, { expectedDueAt: expected, lookupUrl });
    if (!receipt) throw notFound();
    const pdf = await renderOnlineSubmissionReceipt(receipt);
    return pdfResponse(pdf, `phieu-xac-nhan-${receipt.code}.pdf`);
  } catch (e) {
    return errorResponse(e);
  }
}
