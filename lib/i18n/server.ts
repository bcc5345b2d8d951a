import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getActor } from "../auth/actor";
import { db } from "../db";
import { isAppError } from "../errors";
import { dictionaryFor, type Dictionary } from "./index";
import { asLocale, DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "./locales";
import { STAFF_AREA_HEADER } from "./staff-area";
import { loggableError } from "../text/redact";

/**
 * The request's UI language: the signed-in citizen's stored preference, else the cookie of the
 * language switch, else Vietnamese. Read per request (cookies/session), never inside a data
 * cache, so one visitor's language cannot be served to another.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  if ((await headers()).get(STAFF_AREA_HEADER)) return DEFAULT_LOCALE;
  const actor = await getActor();
  if (actor) {
    // Loaded with the actor of this request; an actor built elsewhere (tests, commands) lacks it.
    const language =
      actor.language !== undefined
        ? actor.language
        : (await db.user.findUnique({ where: { id: actor.userId }, select: { language: true } }))?.language;
    const stored = asLocale(language);
    if (stored) return stored;
  }
  return asLocale((await cookies()).get(LOCALE_COOKIE)?.value) ?? DEFAULT_LOCALE;
});

export async function getDictionary(): Promise<Dictionary> {
  return dictionaryFor(await getLocale());
}

/**
 * The message for an error in the request's language. Commands word their expected errors in
 * Vietnamese, which is shown as is; in English the error's code stands for it.
 */
export async function localizedUserMessage(e: unknown): Promise<string> {
  const locale = await getLocale();
  if (isAppError(e)) return locale === DEFAULT_LOCALE ? e.message : dictionaryFor(locale).errors[e.code];
  console.error(loggableError(e)); // never the personal data an error may carry (lib/text/redact.ts)
  return dictionaryFor(locale).errors.unexpected;
}
