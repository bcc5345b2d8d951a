import "server-only";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { loadForChange } from "../../dossiers/load-for-change";
import { AppError } from "../../errors";
import type { DossierStatus } from "../../generated/prisma/enums";
import { createShipment } from "../shipments";

type ResultForPost = {
  status: DossierStatus;
  resultDelivery: string | null;
  postalChoice: { resultByPost: boolean } | null;
  shipments: { status: string }[];
};

/**
 * Why the result cannot be handed to the post now, or null (the shipments are the dossier's
 * RESULT_TO_CITIZEN ones): a resolved dossier whose applicant chose the post, not already sent.
 */
export function handToPostRefusal(d: ResultForPost): AppError | null {
  if (d.status !== "RESOLVED" || d.resultDelivery !== "POST" || !d.postalChoice?.resultByPost) {
    return new AppError(
      "TRANSITION_NOT_ALLOWED",
      "Chỉ giao cho bưu điện kết quả của hồ sơ đã giải quyết xong mà người nộp chọn nhận qua bưu chính.",
    );
  }
  if (d.shipments.some((s) => s.status !== "RETURNED_TO_AGENCY"))
    return new AppError("ALREADY_DONE", "Kết quả của hồ sơ này đã được giao cho bưu điện.");
  return null;
}

/**
 * "Giao kết quả cho bưu điện": a resolved dossier whose applicant chose the post gets its
 * RESULT_TO_CITIZEN shipment (slip, tracking number), by the counter officer of the agency that
 * returns results. A result returned to the agency after failed deliveries may be sent again.
 */
export async function handResultToPost(actor: Actor, dossierId: string) {
  return db.$transaction(async (tx) => {
    const d = await loadForChange(tx, actor, dossierId, {
      select: {
        resultDelivery: true,
        postalChoice: { select: { resultByPost: true } },
        shipments: { where: { direction: "RESULT_TO_CITIZEN" }, select: { status: true } },
      },
      scope: "agency-or-receiving",
    });
    const counter = [d.receivingAgencyId, d.agencyId].find(
      (id) => id && rolesIn(actor, id).includes("COUNTER_OFFICER"),
    );
    if (!counter) throw new AppError("FORBIDDEN", "Chỉ cán bộ một cửa mới được giao kết quả cho bưu điện.");
    const refusal = handToPostRefusal(d);
    if (refusal) throw refusal;
    return createShipment(tx, {
      dossierId: d.id,
      direction: "RESULT_TO_CITIZEN",
      agencyId: counter,
      createdById: actor.userId,
    });
  });
}
