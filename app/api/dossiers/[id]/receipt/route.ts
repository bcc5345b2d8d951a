import { expectedDueAt } from "@/lib/dossiers/expected-due";
import { getDossierForActor } from "@/lib/dossiers/queries";
import { notFound } from "@/lib/errors";
import { onlineReceiptFromDossier } from "@/lib/legal-forms/online-receipt-from-dossier";
import { renderOnlineSubmissionReceipt } from "@/lib/legal-forms/online-submission-receipt";
import { dossierLookupUrl, printedDocumentRoute } from "@/lib/legal-forms/route";

/** The online-submission receipt (PDF) of a filed dossier, for whoever may read the dossier (404 to anyone else). */
export const GET = printedDocumentRoute(async (actor, { id }: { id: string }) => {
  const dossier = await getDossierForActor(actor, id, "records");
  const expected =
    dossier.status === "SUBMITTED" && !dossier.dueAt && dossier.submittedAt
      ? await expectedDueAt(dossier.procedure.timings, dossier.channel, dossier.submittedAt, dossier.id)
      : null;
  const lookupUrl = dossier.code ? dossierLookupUrl(dossier.code) : "";
  const receipt = onlineReceiptFromDossier(dossier, { expectedDueAt: expected, lookupUrl });
  if (!receipt) throw notFound();
  return { body: await renderOnlineSubmissionReceipt(receipt), fileName: `phieu-xac-nhan-${receipt.code}.pdf` };
});
