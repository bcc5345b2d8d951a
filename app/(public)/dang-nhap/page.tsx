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
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const [{ callbackUrl, error }, dictionary] = await Promise.all([searchParams, getDictionary()]);
  const t = dictionary.signIn;
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") ? callbackUrl : "/ho-so";
  return (
    <div className="max-w-lg space-y-4 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p>{t.intro}</p>
      {error && (
        <p role="alert" className="text-red-700">
          {t[Object.hasOwn(ERRORS, error) ? ERRORS[error] : "errorOther"]}
        </p>
      )}
      <SignInButton callbackUrl={target} label={t.button} />
    </div>
  );
}
