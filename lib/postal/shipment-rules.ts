import type { ShipmentDirection, ShipmentEventKind } from "../generated/prisma/enums";
import { countWorkingDaysBetween, type WorkingCalendar } from "../deadlines";
import { SHIPMENT_EVENT_LABELS } from "../i18n/domain-labels";

// Which event may follow which, per direction, pure. HANDED_TO_AGENCY is never recorded on its
// own: it is the confirmation of the hand-over record (biên bản giao nhận) by both sides.

type Kind = ShipmentEventKind;

const NEXT: Record<ShipmentDirection, Partial<Record<Kind, readonly Kind[]>>> = {
  DOSSIER_TO_AGENCY: {
    CREATED: ["PICKED_UP"],
    PICKED_UP: ["HANDED_TO_AGENCY"],
  },
  RESULT_TO_CITIZEN: {
    CREATED: ["PICKED_UP"],
    PICKED_UP: ["OUT_FOR_DELIVERY", "DELIVERED", "FAILED_ATTEMPT"],
    OUT_FOR_DELIVERY: ["DELIVERED", "FAILED_ATTEMPT"],
    FAILED_ATTEMPT: ["OUT_FOR_DELIVERY", "DELIVERED", "FAILED_ATTEMPT", "RETURNED_TO_AGENCY"],
  },
};

/** The postal desk's names of the events, written in lib/i18n with the other labels. */
export const EVENT_LABEL: Record<Kind, string> = SHIPMENT_EVENT_LABELS;

export const DIRECTION_LABEL: Record<ShipmentDirection, string> = {
  DOSSIER_TO_AGENCY: "Hồ sơ gửi đến cơ quan",
  RESULT_TO_CITIZEN: "Kết quả gửi đến người nhận",
};

/** The events an officer may record by hand (the scan page), per direction. */
export const MANUAL_EVENTS: readonly Kind[] = ["PICKED_UP", "OUT_FOR_DELIVERY", "DELIVERED", "FAILED_ATTEMPT"];

export function canFollow(direction: ShipmentDirection, from: Kind, to: Kind): boolean {
  return NEXT[direction][from]?.includes(to) ?? false;
}

/** The statuses in which a shipment is finished. */
export const FINAL_SHIPMENT_STATUSES: readonly Kind[] = ["DELIVERED", "RETURNED_TO_AGENCY", "HANDED_TO_AGENCY"];

/**
 * Returned to the agency when delivery failed twice, the attempts at least 2 working days apart
 * (the public postal service's rule for results of administrative procedures, TT 17/2017/TT-BTTTT
 * Art. 5(2)(h): the post keeps trying, then hands the result back and the agency tells the citizen).
 */
export const MIN_FAILED_ATTEMPTS = 2;
export const MIN_WORKING_DAYS_APART = 2;

export function shouldReturnToAgency(failedAt: readonly Date[], calendar: WorkingCalendar): boolean {
  if (failedAt.length < MIN_FAILED_ATTEMPTS) return false;
  const sorted = [...failedAt].sort((a, b) => a.getTime() - b.getTime());
  return countWorkingDaysBetween(sorted[0], sorted[sorted.length - 1], calendar) >= MIN_WORKING_DAYS_APART;
}

/** Late: not delivered by its target, or delivered after it. */
export function isLate(s: { targetAt: Date | null; deliveredAt: Date | null }, now: Date): boolean {
  if (!s.targetAt) return false;
  return (s.deliveredAt ?? now).getTime() > s.targetAt.getTime();
}
