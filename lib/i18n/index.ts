// The dictionaries by locale. Server components import this; client components get only the
// strings they show, as props, so the dictionaries are never shipped to the browser whole.
import { en } from "./en";
import { vi, type Dictionary } from "./vi";
import type { Locale } from "./locales";

export type { Dictionary };
export const DICTIONARIES: Record<Locale, Dictionary> = { vi, en };

export function dictionaryFor(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
