import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { counterOf, formBase } from "../legal-forms/from-source";
import { dossierLookupUrl } from "../legal-forms/route";
import { getLegalFormSource } from "../legal-forms/source";
import type { PaymentReceipt } from "./payment-receipt";
import { LINE_LABEL, withoutInternalMarkers } from "./bill-lines";

/** The receipt of one successful payment of a dossier the actor may read (404 otherwise). */
export async function paymentReceiptFor(actor: Actor, dossierId: string, paymentId: string): Promise<PaymentReceipt> {
  const source = await getLegalFormSource(actor, dossierId);
  const payment = await db.payment.findFirst({
    where: { id: paymentId, state: "SUCCEEDED", bill: { dossierId } },
    select: {
      receiptNumber: true,
      method: true,
      amountVnd: true,
      settledAt: true,
      gatewayTxnNo: true,
      recordedByName: true,
      bill: { select: { lines: { orderBy: { position: "asc" } } } },
    },
  });
  if (!payment || !source.code || !payment.receiptNumber || !payment.settledAt)
    throw notFound("Không tìm thấy biên lai.");
  const paidAt = payment.settledAt;
  return {
    // The payer's address is the source's: the e-form's, the dossier's or the postal one (lib/dossiers/applicant-address.ts).
    ...formBase({ ...source, code: source.code }, counterOf(source), paidAt, dossierLookupUrl(source.code)),
    receiptNumber: payment.receiptNumber,
    lines: payment.bill.lines.map((l) => ({
      label: LINE_LABEL[l.kind],
      // Bills issued before the catalogue was cleaned may still hold an editor's note.
      description: withoutInternalMarkers(l.description),
      amountVnd: l.amountVnd,
    })),
    totalVnd: payment.amountVnd,
    method: payment.method,
    paidAt,
    gatewayTxnNo: payment.gatewayTxnNo,
    collectorName: payment.recordedByName,
  };
}
