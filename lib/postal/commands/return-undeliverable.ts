import "server-only";
import { db } from "../../db";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { notifyApplicant } from "../../dossiers/record-transition";
import { shouldReturnToAgency } from "../shipment-rules";

/**
 * The scheduled scan: a result whose delivery failed twice, the attempts at least 2 working days
 * apart, goes back to the agency (RETURNED_TO_AGENCY), and the citizen is told in the same
 * transaction (outbox) that it waits at the counter. The dossier stays "Đã xử lý xong" until the
 * result is handed over at the counter or sent again.
 */
export async function returnUndeliverableResults(now = new Date()): Promise<number> {
  const calendar = await loadWorkingCalendar(db);
  const candidates = await db.shipment.findMany({
    where: { direction: "RESULT_TO_CITIZEN", status: "FAILED_ATTEMPT" },
    select: { id: true, events: { where: { kind: "FAILED_ATTEMPT" }, select: { at: true } } },
  });
  let returned = 0;
  for (const c of candidates) {
    if (
      !shouldReturnToAgency(
        c.events.map((e) => e.at),
        calendar,
      )
    )
      continue;
    const done = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Shipment" WHERE "id" = ${c.id} FOR UPDATE`;
      const s = await tx.shipment.findUniqueOrThrow({
        where: { id: c.id },
        select: {
          status: true,
          trackingNumber: true,
          dossier: { select: { id: true, code: true, applicantEmail: true, resultDelivery: true } },
        },
      });
      if (s.status !== "FAILED_ATTEMPT") return false; // delivered or returned meanwhile
      await tx.shipmentEvent.create({
        data: {
          shipmentId: c.id,
          kind: "RETURNED_TO_AGENCY",
          at: now,
          note: "Tự động chuyển hoàn sau hai lần phát không thành công.",
        },
      });
      await tx.shipment.update({ where: { id: c.id }, data: { status: "RETURNED_TO_AGENCY" } });
      await notifyApplicant(tx, s.dossier, "postal.returned_to_agency", {
        code: s.dossier.code,
        trackingNumber: s.trackingNumber,
      });
      return true;
    });
    if (done) returned += 1;
  }
  return returned;
}
