import { printedDocumentRoute } from "@/lib/legal-forms/route";
import { renderPaymentReceipt } from "@/lib/payments/payment-receipt";
import { paymentReceiptFor } from "@/lib/payments/receipt";

/** The receipt (biên lai) of a successful payment, for whoever may read the dossier (404 to anyone else). */
export const GET = printedDocumentRoute(async (actor, { id, paymentId }: { id: string; paymentId: string }) => {
  const receipt = await paymentReceiptFor(actor, id, paymentId);
  return { body: await renderPaymentReceipt(receipt), fileName: `bien-lai-${receipt.receiptNumber}.pdf` };
});
