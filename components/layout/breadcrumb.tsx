export type Crumb = { href: string; label: string };

/** "Trang chủ › … › current page"; the last item is the page itself, not a link. */
export function Breadcrumb({
  items,
  current,
  label = "Đường dẫn",
}: {
  items: Crumb[];
  current: string;
  label?: string;
}) {
  return (
    <nav aria-label={label} className="text-sm text-gray-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((c) => (
          <li key={c.href} className="flex items-center gap-2">
            <a href={c.href}>{c.label}</a>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="text-gray-800">
          {current}
        </li>
      </ol>
    </nav>
  );
}
