import "server-only";
import { agencyIdsOf, rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { createShipment } from "../shipments";

/**
 * "Giao kết quả cho bưu điện": a resolved dossier whose applicant chose the post gets its
 * RESULT_TO_CITIZEN shipment (slip, tracking number), by the counter officer of the agency that
 * returns results. A result returned to the agency after failed deliveries may be sent again.
 */
export async function handResultToPost(actor: Actor, dossierId: string) {
  const agencyIds = agencyIdsOf(actor);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`;
    const d = await tx.dossier.findFirst({
      where: { id: dossierId, status: { not: "DRAFT" }, OR: [{ agencyId: { in: agencyIds } }, { receivingAgencyId: { in: agencyIds } }] },
      select: { id: true, status: true, resultDelivery: true, agencyId: true, receivingAgencyId: true, postalChoice: { select: { resultByPost: true } }, shipments: { where: { direction: "RESULT_TO_CITIZEN" }, select: { status: true } } },
    });
    if (!d) throw notFound();
    const counter = [d.receivingAgencyId, d.agencyId].find((id) => id && rolesIn(actor, id).includes("COUNTER_OFFICER"));
    if (!counter) throw new AppError("FORBIDDEN", "Chỉ cán bộ một cửa mới được giao kết quả cho bưu điện.");
    if (d.status !== "RESOLVED" || d.resultDelivery !== "POST" || !d.postalChoice?.resultByPost) {
      throw new AppError("TRANSITION_NOT_ALLOWED", "Chỉ giao cho bưu điện kết quả của hồ sơ đã giải quyết xong mà người nộp chọn nhận qua bưu chính.");
    }
    if (d.shipments.some((s) => s.status !== "RETURNED_TO_AGENCY")) throw new AppError("ALREADY_DONE", "Kết quả của hồ sơ này đã được giao cho bưu điện.");
    return createShipment(tx, { dossierId: d.id, direction: "RESULT_TO_CITIZEN", agencyId: counter, createdById: actor.userId });
  });
}
