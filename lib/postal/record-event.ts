import "server-only";
import { addWorkingDays } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { sealIdNumber } from "../crypto/personal-data";
import type { Tx } from "../db/create-client";
import { notifyApplicant, recordTransition } from "../dossiers/record-transition";
import { WORKFLOW } from "../dossiers/workflow";
import { AppError } from "../errors";
import type { ShipmentEventKind } from "../generated/prisma/enums";
import { canFollow, EVENT_LABEL } from "./shipment-rules";
import { TARGET_WORKING_DAYS } from "./tariff";

// One event of a shipment, however it arrives (the officer's scan page or the operator's API),
// in the caller's transaction with everything it causes: the shipment's status, the delivery
// target on pick-up, the dossier's return (status 10) on delivery, the citizen's notifications.

export type EventInput = {
  kind: ShipmentEventKind;
  at: Date;
  operatorStaff: string | null;
  recordedById: string | null;
  externalId?: string | null;
  recipientName?: string | null;
  recipientIdNumber?: string | null;
  note?: string | null;
};

/** Clock skew tolerated between the operator's devices and ours. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function applyShipmentEvent(tx: Tx, shipmentId: string, e: EventInput, now = new Date()) {
  // The row lock orders concurrent events of one shipment (two scans, the API and the page).
  await tx.$queryRaw`SELECT "id" FROM "Shipment" WHERE "id" = ${shipmentId} FOR UPDATE`;
  const s = await tx.shipment.findUniqueOrThrow({
    where: { id: shipmentId },
    select: {
      id: true,
      direction: true,
      status: true,
      trackingNumber: true,
      zone: true,
      agencyId: true,
      dossierId: true,
      handover: { select: { confirmedAt: true } },
      events: { orderBy: { at: "desc" }, take: 1, select: { at: true } },
    },
  });
  if (!canFollow(s.direction, s.status, e.kind)) {
    throw new AppError(
      "TRANSITION_NOT_ALLOWED",
      `Không thể ghi nhận "${EVENT_LABEL[e.kind]}" cho bưu gửi ${s.trackingNumber} đang ở trạng thái "${EVENT_LABEL[s.status]}".`,
    );
  }
  if (e.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new AppError("INVALID_INPUT", "Thời điểm của sự kiện không được ở tương lai.");
  if (s.events[0] && e.at < s.events[0].at)
    throw new AppError("INVALID_INPUT", "Thời điểm của sự kiện phải sau sự kiện trước đó của bưu gửi.");
  // The result leaves the agency only against a hand-over record both sides confirmed.
  if (e.kind === "PICKED_UP" && s.direction === "RESULT_TO_CITIZEN" && !s.handover?.confirmedAt) {
    throw new AppError(
      "TRANSITION_NOT_ALLOWED",
      `Bưu gửi ${s.trackingNumber} chưa có biên bản giao nhận được cơ quan và bưu điện xác nhận.`,
    );
  }
  const recipientName = e.recipientName?.trim().replace(/\s+/g, " ") || null;
  const recipientIdNumber = e.recipientIdNumber?.trim() || null;
  if (
    e.kind === "DELIVERED" &&
    (!recipientName || recipientName.length < 2 || !recipientIdNumber || !/^\d{12}$/.test(recipientIdNumber))
  ) {
    // The postman checks the recipient's identity document before handing over a result.
    throw new AppError(
      "INVALID_INPUT",
      "Phải kiểm tra giấy tờ tùy thân của người nhận: nhập họ và tên và số định danh cá nhân (12 chữ số).",
    );
  }
  if (e.kind === "FAILED_ATTEMPT" && !e.note?.trim())
    throw new AppError("INVALID_INPUT", "Vui lòng ghi lý do phát không thành công.");

  let targetAt: Date | undefined;
  if (e.kind === "PICKED_UP" && s.direction === "RESULT_TO_CITIZEN") {
    const days = TARGET_WORKING_DAYS[s.zone];
    if (days !== null) {
      const calendar = await loadWorkingCalendar(tx);
      targetAt = calendar.endOfOfficeDay(addWorkingDays(e.at, days, calendar));
    }
  }
  await tx.shipmentEvent.create({
    data: {
      shipmentId: s.id,
      kind: e.kind,
      at: e.at,
      operatorStaff: e.operatorStaff,
      recordedById: e.recordedById,
      externalId: e.externalId ?? null,
      recipientName: e.kind === "DELIVERED" ? recipientName : null,
      // Sealed at rest (lib/crypto/personal-data.ts); shown masked to the citizen, in full to staff.
      recipientIdNumber: e.kind === "DELIVERED" && recipientIdNumber ? sealIdNumber(recipientIdNumber).sealed : null,
      note: e.note?.trim() || null,
    },
  });
  const moved = await tx.shipment.updateMany({
    where: { id: s.id, status: s.status },
    data: { status: e.kind, ...(targetAt ? { targetAt } : {}) },
  });
  if (moved.count !== 1) throw new AppError("STALE_DOSSIER", "Bưu gửi vừa được cập nhật; vui lòng thử lại.");

  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: s.dossierId },
    select: { id: true, version: true, status: true, agencyId: true, applicantEmail: true, code: true },
  });
  const payload = { code: dossier.code, trackingNumber: s.trackingNumber, note: e.note?.trim() || null };
  if (e.kind === "DELIVERED") {
    if (dossier.status !== "RESOLVED")
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.RETURN_RESULT.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    // Status 10 "Đã trả kết quả", by the same machinery as at the counter (docs/domain.md §5.5).
    await recordTransition(tx, {
      dossier,
      action: "RETURN_RESULT",
      to: WORKFLOW.RETURN_RESULT.to,
      actorId: e.recordedById,
      agencyId: s.agencyId,
      note: `Trả kết quả qua bưu chính (bưu gửi ${s.trackingNumber}) cho ${recipientName} (số định danh ••••••••${recipientIdNumber!.slice(-4)}).`,
      data: { returnedAt: e.at },
    });
  } else if (e.kind === "PICKED_UP" || e.kind === "FAILED_ATTEMPT") {
    await notifyApplicant(
      tx,
      dossier,
      e.kind === "PICKED_UP"
        ? s.direction === "RESULT_TO_CITIZEN"
          ? "postal.result_picked_up"
          : "postal.dossier_picked_up"
        : "postal.failed_attempt",
      payload,
    );
  }
  return { trackingNumber: s.trackingNumber, status: e.kind };
}
