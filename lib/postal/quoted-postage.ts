import "server-only";
import type { Tx } from "../db/create-client";
import { ZONE_LABEL } from "./tariff";

// The postage line of the dossier's bill: the price quoted when the citizen chose to receive the
// result by post (kept on the choice, so a later tariff change does not change it), when the
// citizen is the payer. The bill asks for it when payment is asked (lib/payments/bill.ts).

export type PostageQuote = { amountVnd: number; description: string };

/** The postage the citizen pays for this dossier, or null when nothing is sent at the citizen's cost. */
export async function quotedPostage(tx: Tx, dossierId: string): Promise<PostageQuote | null> {
  const choice = await tx.postalChoice.findUnique({
    where: { dossierId },
    select: { resultByPost: true, payer: true, postageVnd: true, zone: true, weightGrams: true },
  });
  if (!choice?.resultByPost || choice.payer !== "CITIZEN") return null;
  return {
    amountVnd: choice.postageVnd,
    description: `Cước chuyển phát kết quả qua bưu chính (${ZONE_LABEL[choice.zone]}, đến ${choice.weightGrams} g)`,
  };
}
