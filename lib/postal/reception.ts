import "server-only";
import type { Tx } from "../db/create-client";

/**
 * For a dossier whose paper came by post, the legal reception time is the confirmation of the
 * hand-over record between the post office and the agency (QĐ 45/2016/QĐ-TTg Art. 7(4): the
 * submission is lawful when the record is signed or, after a supplement, when that completes the
 * dossier: lib/deadlines/reception-clock-start.ts); null for any other dossier.
 */
export async function postalReceptionTime(tx: Tx, dossierId: string): Promise<Date | null> {
  const s = await tx.shipment.findFirst({
    where: {
      dossierId,
      direction: "DOSSIER_TO_AGENCY",
      status: "HANDED_TO_AGENCY",
      handover: { confirmedAt: { not: null } },
    },
    select: { handover: { select: { confirmedAt: true } } },
  });
  return s?.handover?.confirmedAt ?? null;
}
