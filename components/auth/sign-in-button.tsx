"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Starts the OpenID Connect sign-in as next-auth expects it: a POST carrying its CSRF token to
 * /api/auth/signin/vneid, which redirects to the identity provider. Written out (about what
 * next-auth/react's signIn does) so that the client library is not shipped to every page.
 */
async function signInWithVneid(callbackUrl: string, reauthenticate: boolean) {
  const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as { csrfToken: string };
  const form = document.createElement("form");
  form.method = "POST";
  // next-auth passes the query on to the authorization request (its authorizationParams).
  form.action = `/api/auth/signin/vneid${reauthenticate ? "?prompt=login&max_age=0" : ""}`;
  for (const [name, value] of Object.entries({ csrfToken, callbackUrl })) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

/**
 * Disabled until the page's script has run: a tap before that did nothing at all (no request,
 * no message), which on a slow phone looks like a broken button. A fresh-clone CI run caught
 * it: the click came 0.5 s after the page appeared, while its scripts were still loading.
 */
export function SignInButton({
  callbackUrl,
  label,
  reauthenticate = false,
}: {
  callbackUrl: string;
  label: string;
  /** Make the identity provider authenticate the person again (administrators' step-up). */
  reauthenticate?: boolean;
}) {
  const ready = useHydrated();
  return (
    <button
      type="button"
      disabled={!ready}
      onClick={() => void signInWithVneid(callbackUrl, reauthenticate)}
      className="min-h-11 w-full sm:w-auto rounded-md bg-brand-700 px-6 py-3 text-white font-semibold hover:bg-brand-600 disabled:opacity-70 disabled:cursor-wait"
    >
      {label}
    </button>
  );
}
