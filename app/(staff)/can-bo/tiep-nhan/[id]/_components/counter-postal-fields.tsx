import type { Actor } from "@/lib/auth/actor";
import { vi } from "@/lib/i18n/vi";
import { counterPostalFormData } from "@/lib/postal/queries";
import { PostalAddressFields } from "@/components/postal/address-fields";

/** The address for a result by post, at the counter (docs/postal.md): required when "bưu chính" is chosen. */
export async function CounterPostalFields({ actor, dossierId }: { actor: Actor; dossierId: string }) {
  const { choice, provinces } = await counterPostalFormData(actor, dossierId);
  return <PostalAddressFields choice={choice} provinces={provinces} t={vi.postal} dossierByPostAllowed={false} />;
}
