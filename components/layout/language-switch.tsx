import { switchLanguageAction } from "@/lib/profile/language-action";
import { LANGUAGES, type Locale } from "@/lib/i18n/locales";

/** Offers the other language, named in that language. A plain form: no client JavaScript. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const other = LANGUAGES.find((l) => l.value !== locale)!;
  return (
    <form action={switchLanguageAction} aria-label={label}>
      <input type="hidden" name="locale" value={other.value} />
      <button type="submit" lang={other.lang} className="min-h-11 underline">
        {other.label}
      </button>
    </form>
  );
}
