import { DICTIONARIES } from "@/lib/i18n";
import { StaticNotFound } from "./_components/static-not-found";

// An unknown procedure code under a prerendered language. A not-found page gets no params, so
// the language is read on the client side from the URL segment (both texts are a few words).
export default function NotFound() {
  return <StaticNotFound texts={{ vi: DICTIONARIES.vi.notFound, en: DICTIONARIES.en.notFound }} />;
}
