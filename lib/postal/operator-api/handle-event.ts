import "server-only";
import { db } from "../../db";
import { isAppError } from "../../errors";
import { controlCharacterIssues } from "../../forms/control-characters";
import { applyShipmentEvent } from "../record-event";
import { operatorEventRequestSchema } from "./schemas";
import { verifyPostalRequest } from "./signature";

export type OperatorResponse = { status: number; body: unknown };

const fail = (status: number, code: string, message: string): OperatorResponse => ({
  status,
  body: { error: { code, message } },
});

/**
 * One event from the operator's system. Refused before anything is read when it is unsigned,
 * outside the replay window or badly signed; recorded at most once per event id (the unique
 * ShipmentEvent.externalId; a repetition answers "duplicate" and changes nothing).
 */
export async function handleOperatorEvent(
  rawBody: string,
  headers: { timestamp: string | null; signature: string | null },
  secret: string,
  now = new Date(),
): Promise<OperatorResponse> {
  const check = verifyPostalRequest(secret, headers, rawBody, now);
  if (!check.ok) return fail(401, check.code, check.message);
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return fail(400, "INVALID_INPUT", "Nội dung yêu cầu không phải JSON hợp lệ.");
  }
  const control = controlCharacterIssues(json)[0];
  if (control)
    return fail(400, "INVALID_INPUT", `Trường "${control.path.join(".") || "(gốc)"}" không hợp lệ: ${control.message}`);
  const parsed = operatorEventRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(400, "INVALID_INPUT", `Trường "${issue.path.join(".") || "(gốc)"}" không hợp lệ: ${issue.message}`);
  }
  const e = parsed.data;
  const duplicate = () => duplicateOf(e.eventId);
  const known = await duplicate();
  if (known) return known;
  const shipment = await db.shipment.findUnique({ where: { trackingNumber: e.trackingNumber }, select: { id: true } });
  if (!shipment) return fail(404, "NOT_FOUND", `Không có bưu gửi số hiệu ${e.trackingNumber}.`);
  try {
    const r = await db.$transaction((tx) =>
      applyShipmentEvent(
        tx,
        shipment.id,
        {
          kind: e.kind,
          at: new Date(e.occurredAt),
          operatorStaff: e.operatorStaff,
          recordedById: null,
          externalId: e.eventId,
          recipientName: e.recipient?.name ?? null,
          recipientIdNumber: e.recipient?.idNumber ?? null,
          note: e.note ?? null,
        },
        now,
      ),
    );
    return {
      status: 200,
      body: { eventId: e.eventId, result: "recorded", trackingNumber: r.trackingNumber, shipmentStatus: r.status },
    };
  } catch (err) {
    // Two copies at the same instant: the second waited for the shipment's lock and then found the
    // event already applied (or hit the unique event id); either way it is the duplicate.
    const recorded = await duplicate();
    if (recorded) return recorded;
    if (isAppError(err))
      return fail(
        err.code === "TRANSITION_NOT_ALLOWED" || err.code === "STALE_DOSSIER" ? 409 : 400,
        err.code === "STALE_DOSSIER"
          ? "TRANSITION_NOT_ALLOWED"
          : err.code === "TRANSITION_NOT_ALLOWED"
            ? "TRANSITION_NOT_ALLOWED"
            : "INVALID_INPUT",
        err.message,
      );
    throw err;
  }
}

async function duplicateOf(eventId: string): Promise<OperatorResponse | null> {
  const known = await db.shipmentEvent.findUnique({
    where: { externalId: eventId },
    select: { shipment: { select: { trackingNumber: true, status: true } } },
  });
  return known
    ? {
        status: 200,
        body: {
          eventId,
          result: "duplicate",
          trackingNumber: known.shipment.trackingNumber,
          shipmentStatus: known.shipment.status,
        },
      }
    : null;
}
