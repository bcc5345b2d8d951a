import "server-only";
import { randomInt } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import type { Tx } from "../../db/create-client";
import { AppError, notFound } from "../../errors";
import type { ShipmentDirection } from "../../generated/prisma/enums";
import { compactDate } from "../../text/vietnam-time";
import { requireRole } from "../access";

// Biên bản giao nhận between the post office and the agency (QĐ 45/2016/QĐ-TTg Art. 8, 10): the
// list of shipments handed over, confirmed by both sides. The side handing over draws it up:
// the counter officer for results, the postal officer for paper dossiers. When both have
// confirmed, inbound dossiers are HANDED_TO_AGENCY at that instant, which is their legal
// reception time (QĐ 45/2016/QĐ-TTg Art. 7(4); lib/postal/reception.ts).

/** Shipments waiting for a record: results created at the agency, dossiers picked up from citizens. */
const WAITING: Record<ShipmentDirection, "CREATED" | "PICKED_UP"> = {
  RESULT_TO_CITIZEN: "CREATED",
  DOSSIER_TO_AGENCY: "PICKED_UP",
};

function handoverNumber(now: Date) {
  return `BBGN-${compactDate(now)}-${String(randomInt(1_000_000)).padStart(6, "0")}`;
}

export async function createHandover(actor: Actor, agencyId: string, direction: ShipmentDirection) {
  requireRole(actor, agencyId, direction === "RESULT_TO_CITIZEN" ? "COUNTER_OFFICER" : "POSTAL_OFFICER");
  return db.$transaction(async (tx) => {
    const waiting = await tx.shipment.findMany({
      where: { agencyId, direction, status: WAITING[direction], handoverId: null },
      select: { id: true },
    });
    if (waiting.length === 0) throw new AppError("INVALID_INPUT", "Không có bưu gửi nào chờ lập biên bản giao nhận.");
    const handover = await tx.postalHandover.create({
      data: { number: handoverNumber(new Date()), agencyId, direction, createdById: actor.userId },
      select: { id: true, number: true },
    });
    // Guarded: a shipment put on another record meanwhile is not moved.
    const moved = await tx.shipment.updateMany({
      where: { id: { in: waiting.map((s) => s.id) }, handoverId: null },
      data: { handoverId: handover.id },
    });
    if (moved.count !== waiting.length)
      throw new AppError("STALE_DOSSIER", "Danh sách bưu gửi vừa thay đổi; vui lòng lập lại biên bản.");
    return handover;
  });
}

export type HandoverSide = "POST" | "AGENCY";

export async function confirmHandover(actor: Actor, handoverId: string, side: HandoverSide, now = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "PostalHandover" WHERE "id" = ${handoverId} FOR UPDATE`;
    const h = await tx.postalHandover.findUnique({
      where: { id: handoverId },
      select: { id: true, agencyId: true, direction: true, postConfirmedAt: true, agencyConfirmedAt: true },
    });
    if (!h || !actor.memberships.some((m) => m.agencyId === h.agencyId)) throw notFound();
    requireRole(actor, h.agencyId, side === "POST" ? "POSTAL_OFFICER" : "COUNTER_OFFICER");
    if ((side === "POST" ? h.postConfirmedAt : h.agencyConfirmedAt) !== null)
      throw new AppError("ALREADY_DONE", "Bên này đã xác nhận biên bản.");
    const other = side === "POST" ? h.agencyConfirmedAt : h.postConfirmedAt;
    const confirmedAt = other ? now : null;
    await tx.postalHandover.update({
      where: { id: h.id },
      data:
        side === "POST"
          ? { postConfirmedAt: now, postSignerId: actor.userId, postSignerName: actor.fullName, confirmedAt }
          : { agencyConfirmedAt: now, agencySignerId: actor.userId, agencySignerName: actor.fullName, confirmedAt },
    });
    if (confirmedAt && h.direction === "DOSSIER_TO_AGENCY") await handInboundDossiers(tx, h.id, confirmedAt);
    return { confirmedAt };
  });
}

/** The paper dossiers of a confirmed record are at the agency from the confirmation on. */
async function handInboundDossiers(tx: Tx, handoverId: string, at: Date) {
  const shipments = await tx.shipment.findMany({ where: { handoverId, status: "PICKED_UP" }, select: { id: true } });
  for (const s of shipments) {
    await tx.shipmentEvent.create({
      data: {
        shipmentId: s.id,
        kind: "HANDED_TO_AGENCY",
        at,
        note: "Giao theo biên bản giao nhận đã được hai bên xác nhận.",
      },
    });
    await tx.shipment.update({ where: { id: s.id }, data: { status: "HANDED_TO_AGENCY" } });
  }
}
