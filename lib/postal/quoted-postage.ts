import "server-only";
import { registerPostageSource } from "../payments/postage";
import { ZONE_LABEL } from "./tariff";

// The postage line of the dossier's bill (lib/payments/postage.ts): the price quoted when the
// citizen chose to receive the result by post, when the citizen pays it. Imported for its effect
// by the command that issues bills (take-staff-action.ts).
registerPostageSource(async (tx, dossierId) => {
  const choice = await tx.postalChoice.findUnique({ where: { dossierId }, select: { resultByPost: true, payer: true, postageVnd: true, zone: true, weightGrams: true } });
  if (!choice?.resultByPost || choice.payer !== "CITIZEN") return null;
  return { amountVnd: choice.postageVnd, description: `Cước chuyển phát kết quả qua bưu chính (${ZONE_LABEL[choice.zone]}, đến ${choice.weightGrams} g)` };
});
