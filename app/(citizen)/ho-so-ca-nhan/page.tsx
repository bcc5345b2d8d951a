import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getProfile } from "@/lib/profile/queries";
import { getDictionary } from "@/lib/i18n/server";
import { IdentityPanel } from "./_components/identity-panel";
import { NotificationSummary } from "./_components/notification-summary";
import { ProfileForm } from "./_components/profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).profile.title };
}

export default async function ProfilePage() {
  const actor = await requirePageActor("/ho-so-ca-nhan");
  const [profile, dictionary] = await Promise.all([getProfile(actor), getDictionary()]);
  const t = dictionary.profile;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.heading}</h1>
      <IdentityPanel identity={profile.identity} t={t} />
      <ProfileForm
        initial={profile.preferences}
        identityPhone={profile.identity.phone}
        identityEmail={profile.identity.email}
        t={t.form}
      />
      <NotificationSummary preferences={profile.preferences} targets={profile.targets} t={t} />
    </div>
  );
}
