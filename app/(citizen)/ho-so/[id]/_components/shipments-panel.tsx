import type { Actor } from "@/lib/auth/actor";
import type { Dictionary } from "@/lib/i18n";
import { postalForDossier } from "@/lib/postal/queries";
import { ShipmentTracking } from "@/components/dossier/shipment-tracking";

/** The applicant's postal shipments of this dossier, if any (docs/postal.md). */
export async function ShipmentsPanel({
  actor,
  dossierId,
  t,
}: {
  actor: Actor;
  dossierId: string;
  t: Dictionary["postal"];
}) {
  const { shipments } = await postalForDossier(actor, dossierId);
  return <ShipmentTracking shipments={shipments} t={t} />;
}
