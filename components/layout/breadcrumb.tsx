import Link from "next/link";

export type Crumb = { href: string; label: string };

/** "Trang chủ › … › current page"; the last item is the page itself, not a link. */
export function Breadcrumb({ items, current }: { items: Crumb[]; current: string }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm text-gray-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c) => (
          <li key={c.href} className="flex items-center gap-2">
            <Link href={c.href}>{c.label}</Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-gray-800">{current}</li>
      </ol>
    </nav>
  );
}
