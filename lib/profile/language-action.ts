"use server";
// The language switch in the header: a plain form posting here, so it works without client
// JavaScript. The choice goes into a cookie (visitors) and, for a signed-in citizen, into the
// stored preference too, since that one wins over the cookie (see getLocale).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "../auth/actor";
import { setLanguage } from "./commands/set-language";
import { asLocale, LOCALE_COOKIE } from "../i18n/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Back to the page the switch was pressed on; only a path of this site, never another origin. */
function returnPath(referer: string | null, host: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export async function switchLanguageAction(formData: FormData) {
  const locale = asLocale(formData.get("locale"));
  const h = await headers();
  const back = returnPath(h.get("referer"), h.get("host"));
  if (locale) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      httpOnly: true,
    });
    const actor = await getActor();
    if (actor) await setLanguage(actor, locale);
  }
  redirect(back);
}
