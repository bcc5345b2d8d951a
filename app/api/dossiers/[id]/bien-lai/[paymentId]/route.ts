import { requireActor } from "@/lib/auth/actor";
import { errorResponse, pdfResponse } from "@/lib/http";
import { paymentReceiptFor } from "@/lib/payments/receipt";
import { renderPaymentReceipt } from "@/lib/payments/payment-receipt";

type Params = { params: Promise<{ id: string; paymentId: string }> };

/** The receipt (biên lai) of a successful payment, for whoever may read the dossier (404 to anyone else). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const { id, paymentId } = await params;
    const receipt = await paymentReceiptFor(await requireActor(), id, paymentId);
    return pdfResponse(await renderPaymentReceipt(receipt), `bien-lai-${receipt.receiptNumber}.pdf`);
  } catch (e) {
    return errorResponse(e);
  }
}
