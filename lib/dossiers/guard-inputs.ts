import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { electronicResultMissing, type GuardFacts, type ResultTerms, type RolesOnDossier } from "./guards";

// What the guards of ./guards.ts are given, read the same way by the staff page and the commands.

/** The procedure's terms and the bill the fee rule reads, to select with the dossier. */
export const FEE_TERMS = {
  bill: { select: { state: true } },
  procedure: {
    select: { paymentBeforeProcessing: true, fees: { where: { amountVnd: { gt: 0 } }, select: { id: true }, take: 1 } },
  },
} satisfies Prisma.DossierSelect;

/** What the electronic-result rule reads, to select with the dossier. */
export const RESULT_TERMS = {
  resultDelivery: true,
  resultPaperOnlyReason: true,
  attachments: { where: { kind: "RESULT" }, select: { kind: true }, take: 1 },
} satisfies Prisma.DossierSelect;

type FeeTerms = { bill: { state: string } | null; procedure: { paymentBeforeProcessing: boolean; fees: unknown[] } };

/** Fees are due before processing: the procedure says so, has a fee to pay, and the bill is not paid yet. */
export function feesDueBeforeProcessing(d: FeeTerms): boolean {
  return d.procedure.paymentBeforeProcessing && d.procedure.fees.length > 0 && d.bill?.state !== "PAID";
}

export function guardFactsOf(
  d: Omit<GuardFacts, "feesDueBeforeProcessing" | "electronicResultMissing"> & FeeTerms & ResultTerms,
): GuardFacts {
  return {
    status: d.status,
    awaitingApproval: d.awaitingApproval,
    receivedAt: d.receivedAt,
    feesDueBeforeProcessing: feesDueBeforeProcessing(d),
    electronicResultMissing: electronicResultMissing(d),
  };
}

export function rolesOnDossier(
  actor: Actor,
  d: { agencyId: string; receivingAgencyId: string | null },
): RolesOnDossier {
  return {
    agency: rolesIn(actor, d.agencyId),
    receivingAgency: d.receivingAgencyId ? rolesIn(actor, d.receivingAgencyId) : [],
  };
}
