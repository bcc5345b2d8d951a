import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { dossierRecordsScope } from "../dossiers/access";
import { notFound } from "../errors";

/** The dossier's bill, its payments (newest first) and refunds, for the applicant and the agencies that hold the dossier; null when none is issued. */
export async function billForActor(actor: Actor, dossierId: string) {
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, ...dossierRecordsScope(actor) },
    select: {
      id: true,
      status: true,
      version: true,
      procedure: { select: { paymentBeforeProcessing: true } },
      bill: {
        select: {
          id: true,
          totalVnd: true,
          state: true,
          issuedAt: true,
          paidAt: true,
          lines: { orderBy: { position: "asc" }, select: { id: true, kind: true, description: true, amountVnd: true } },
          payments: {
            orderBy: { createdAt: "desc" },
            take: 20,
            select: {
              id: true,
              method: true,
              state: true,
              amountVnd: true,
              txnRef: true,
              responseCode: true,
              receiptNumber: true,
              createdAt: true,
              settledAt: true,
              recordedByName: true,
            },
          },
          refunds: {
            orderBy: { createdAt: "asc" },
            select: { id: true, amountVnd: true, reason: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!dossier) throw notFound();
  return dossier;
}

export type BillView = Awaited<ReturnType<typeof billForActor>>;
