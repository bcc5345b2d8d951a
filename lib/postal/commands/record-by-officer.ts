import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { requireRole } from "../access";
import { applyShipmentEvent } from "../record-event";
import { MANUAL_EVENTS } from "../shipment-rules";
import { normalizeTrackingNumber } from "../tracking-number";

export const officerEventSchema = z.object({
  trackingNumber: z.string().trim().min(1, "Vui lòng quét hoặc nhập số hiệu bưu gửi."),
  kind: z.enum(MANUAL_EVENTS as ["PICKED_UP", ...("OUT_FOR_DELIVERY" | "DELIVERED" | "FAILED_ATTEMPT")[]], {
    error: "Vui lòng chọn sự kiện cần ghi nhận.",
  }),
  recipientName: z.string().max(100, "Họ và tên tối đa 100 ký tự.").optional(),
  recipientIdNumber: z.string().max(20, "Số định danh không hợp lệ.").optional(),
  note: z.string().max(500, "Ghi chú tối đa 500 ký tự.").optional(),
});

/** The postal officer's scan page: one event, now, by the officer, on a shipment of an agency they serve. */
export async function recordEventByOfficer(actor: Actor, raw: Record<string, unknown>) {
  const parsed = officerEventSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const input = parsed.data;
  const trackingNumber = normalizeTrackingNumber(input.trackingNumber);
  if (!trackingNumber)
    throw new AppError("INVALID_INPUT", "Số hiệu bưu gửi không đúng định dạng (ví dụ RR123456785VN).");
  const shipment = await db.shipment.findUnique({ where: { trackingNumber }, select: { id: true, agencyId: true } });
  if (!shipment || !actor.memberships.some((m) => m.agencyId === shipment.agencyId && m.role === "POSTAL_OFFICER")) {
    if (actor.memberships.length === 0) throw notFound();
    throw new AppError("NOT_FOUND", `Không tìm thấy bưu gửi ${trackingNumber} của các cơ quan bạn phục vụ.`);
  }
  requireRole(actor, shipment.agencyId, "POSTAL_OFFICER");
  return db.$transaction((tx) =>
    applyShipmentEvent(tx, shipment.id, {
      kind: input.kind,
      at: new Date(),
      operatorStaff: actor.fullName,
      recordedById: actor.userId,
      recipientName: input.recipientName ?? null,
      recipientIdNumber: input.recipientIdNumber ?? null,
      note: input.note ?? null,
    }),
  );
}
