import { requireActor } from "@/lib/auth/actor";
import type { Dictionary } from "@/lib/i18n";
import { postalFormData } from "@/lib/postal/queries";
import { PostalAddressFields } from "@/components/postal/address-fields";

/** The postal address of the delivery step, rendered on the server inside the step's form (docs/postal.md). */
export async function PostalFields({
  dossierId,
  t,
  dossierByPostAllowed,
}: {
  dossierId: string;
  t: Dictionary["postal"];
  dossierByPostAllowed: boolean;
}) {
  const { choice, provinces } = await postalFormData(await requireActor(), dossierId);
  return (
    <PostalAddressFields choice={choice} provinces={provinces} t={t} dossierByPostAllowed={dossierByPostAllowed} />
  );
}
