import { AppError } from "../errors";
import type { ResultDelivery } from "../generated/prisma/enums";

// How the result comes back and whether the paper dossier travels by post, pure. One rule for
// every place that sets either: the online wizard, the integration API, the counter.

const RESULT_DELIVERIES: readonly ResultDelivery[] = ["COUNTER", "POST", "ELECTRONIC"];

/** A result delivery method the portal knows (a form field can be tampered with). */
export function isResultDelivery(value: string): value is ResultDelivery {
  return (RESULT_DELIVERIES as readonly string[]).includes(value);
}

/** Who is told: the applicant making the choice, or the agency's side (counter officer, API client). */
export type DeliverySpeaker = "APPLICANT" | "AGENCY";

/** The legs of a dossier's journey that would go by post. */
export type PostalLegs = { dossierByPost?: boolean; resultByPost?: boolean };

// The same refusal in the speaker's words: the applicant sends and receives, the agency takes in
// and returns.
const REFUSED_LEG: Record<"dossier" | "result", Record<DeliverySpeaker, string>> = {
  dossier: { APPLICANT: "không gửi hồ sơ giấy qua bưu chính", AGENCY: "không tiếp nhận hồ sơ qua bưu chính" },
  result: { APPLICANT: "không nhận kết quả qua bưu chính", AGENCY: "không trả kết quả qua bưu chính" },
};

/** Whether the post may carry the procedure's paper dossier and result: the forms offer it only then. */
export function postAllowed(procedure: { requiresPersonalPresence: boolean }): boolean {
  return !procedure.requiresPersonalPresence;
}

/**
 * The public postal service does not carry a procedure the applicant must attend in person
 * (QĐ 45/2016/QĐ-TTg Art. 3): neither the paper dossier nor the result goes by post. The dossier
 * leg is named first when both are asked for.
 */
export function assertDeliveryAllowed(
  procedure: { requiresPersonalPresence: boolean },
  legs: PostalLegs,
  speaker: DeliverySpeaker,
): void {
  if (postAllowed(procedure)) return;
  const leg = legs.dossierByPost ? "dossier" : legs.resultByPost ? "result" : null;
  if (leg)
    throw new AppError("INVALID_INPUT", `Thủ tục này yêu cầu có mặt trực tiếp nên ${REFUSED_LEG[leg][speaker]}.`);
}
