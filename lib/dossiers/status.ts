// Display names and national-portal sync codes of the statuses (the list is unverified: docs/domain.md §4). Safe for the browser.
// The names are written in lib/i18n, with the other labels the UI shows.
import type { DossierStatus, Channel } from "../generated/prisma/enums";
import { STATUS_LABELS as L } from "../i18n/domain-labels";

export const STATUS_INFO: Record<DossierStatus, { number: number | null; label: string; nationalCode: string | null }> =
  {
    DRAFT: { number: null, label: L.DRAFT, nationalCode: null },
    SUBMITTED: { number: 1, label: L.SUBMITTED, nationalCode: "receiving" },
    RECEIVED: { number: 2, label: L.RECEIVED, nationalCode: "new" },
    REFUSED: { number: 3, label: L.REFUSED, nationalCode: "denied" },
    PROCESSING: { number: 4, label: L.PROCESSING, nationalCode: "processing" },
    SUPPLEMENT_REQUESTED: { number: 5, label: L.SUPPLEMENT_REQUESTED, nationalCode: "waiting" },
    AWAITING_PAYMENT: { number: 6, label: L.AWAITING_PAYMENT, nationalCode: "paying" },
    WITHDRAWN: { number: 7, label: L.WITHDRAWN, nationalCode: "cancelled" },
    STOPPED: { number: 8, label: L.STOPPED, nationalCode: "unresolved" },
    RESOLVED: { number: 9, label: L.RESOLVED, nationalCode: "releasing" },
    RETURNED: { number: 10, label: L.RETURNED, nationalCode: "done" },
  };

export const CHANNEL_INFO: Record<Channel, { code: number; label: string }> = {
  COUNTER: { code: 1, label: "Trực tiếp" },
  ONLINE: { code: 2, label: "Trực tuyến" },
  POSTAL: { code: 3, label: "Bưu chính công ích" },
};

export function statusLabel(status: DossierStatus) {
  return STATUS_INFO[status].label;
}
