import type { DossierStatus } from "@/lib/generated/prisma/enums";
import { STATUS_INFO } from "@/lib/dossiers/status";

const TONE: Partial<Record<DossierStatus, string>> = {
  DRAFT: "bg-gray-100 text-gray-800",
  REFUSED: "bg-red-100 text-red-900",
  SUPPLEMENT_REQUESTED: "bg-amber-100 text-amber-900",
  RESOLVED: "bg-green-100 text-green-900",
  RETURNED: "bg-green-200 text-green-950",
};

/** `label` is the status in the reader's language (citizen pages); by default the legal Vietnamese name. */
export function StatusBadge({ status, label }: { status: DossierStatus; label?: string }) {
  return (
    <span
      data-testid="dossier-status"
      className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONE[status] ?? "bg-blue-100 text-blue-900"}`}
    >
      {label ?? STATUS_INFO[status].label}
    </span>
  );
}
