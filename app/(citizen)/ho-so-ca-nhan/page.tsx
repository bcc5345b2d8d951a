import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getProfile } from "@/lib/profile/queries";
import { IdentityPanel } from "./_components/identity-panel";
import { NotificationSummary } from "./_components/notification-summary";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function ProfilePage() {
  const actor = await requirePageActor("/ho-so-ca-nhan");
  const profile = await getProfile(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Tài khoản của tôi</h1>
      <IdentityPanel identity={profile.identity} />
      <ProfileForm initial={profile.preferences} identityPhone={profile.identity.phone} identityEmail={profile.identity.email} />
      <NotificationSummary preferences={profile.preferences} targets={profile.targets} />
    </div>
  );
}
