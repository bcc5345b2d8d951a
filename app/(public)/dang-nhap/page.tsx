import type { Metadata } from "next";
import { SignInButton } from "@/components/auth/sign-in-button";
import type { Dictionary } from "@/lib/i18n";
import { getDictionary } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).signIn.title };
}

/** next-auth's error codes that this page explains. */
const ERRORS: Record<string, keyof Dictionary["signIn"]> = {
  OAuthCallback: "errorOAuthCallback",
  OAuthSignin: "errorOAuthSignin",
  Callback: "errorCallback",
  // Ours (lib/auth/require-page-actor.ts, the sign-in callbacks of lib/auth/options.ts).
  SessionEnded: "errorSessionEnded",
  StaffLevel2: "errorStaffLevel2",
  Disabled: "errorDisabled",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; "xac-thuc-lai"?: string }>;
}) {
  const [{ callbackUrl, error, "xac-thuc-lai": reauth }, dictionary] = await Promise.all([
    searchParams,
    getDictionary(),
  ]);
  const t = dictionary.signIn;
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") ? callbackUrl : "/ho-so";
  return (
    <div className="max-w-lg space-y-4 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p>{t.intro}</p>
      {reauth && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2">
          {t.reauth}
        </p>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {t[Object.hasOwn(ERRORS, error) ? ERRORS[error] : "errorOther"]}
        </p>
      )}
      {/* A re-authentication asks the identity provider to authenticate again (prompt=login,
          max_age=0), whatever session it still has: lib/auth/step-up.ts reads the new auth_time. */}
      <SignInButton callbackUrl={target} label={t.button} reauthenticate={Boolean(reauth)} />
    </div>
  );
}
