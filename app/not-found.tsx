import type { Metadata } from "next";
import { getDictionary } from "@/lib/i18n/server";
import { PageLink } from "@/components/layout/page-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getDictionary()).notFound.title };
}

export default async function NotFound() {
  const t = (await getDictionary()).notFound;
  return (
    <div className="space-y-3 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-gray-700">{t.text}</p>
      <ul className="flex flex-wrap gap-4">
        <li><PageLink href="/">{t.home}</PageLink></li>
        <li><PageLink href="/thu-tuc">{t.catalogue}</PageLink></li>
      </ul>
    </div>
  );
}
