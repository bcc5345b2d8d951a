import { PageLink } from "./page-link";

export function NotFoundText({ t }: { t: { title: string; text: string; home: string; catalogue: string } }) {
  return (
    <div className="space-y-3 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="text-gray-700">{t.text}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <PageLink href="/">{t.home}</PageLink>
        </li>
        <li>
          <PageLink href="/thu-tuc">{t.catalogue}</PageLink>
        </li>
      </ul>
    </div>
  );
}
