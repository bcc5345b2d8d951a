import Link from "next/link";
import type { AdminScope } from "@/lib/auth/require-admin";

const SECTIONS = [
  { href: "/quan-tri/ngay-nghi", label: "Ngày nghỉ lễ, ngày làm bù", province: true },
  { href: "/quan-tri/co-quan", label: "Cơ quan, đơn vị", province: true },
  { href: "/quan-tri/can-bo", label: "Cán bộ và vai trò", province: false },
  { href: "/quan-tri/thu-tuc", label: "Thủ tục hành chính", province: true },
  { href: "/quan-tri/cuoc-buu-chinh", label: "Cước bưu chính", province: true },
  { href: "/quan-tri/thong-bao", label: "Thông báo gửi lỗi", province: false },
  { href: "/quan-tri/tich-hop", label: "Tích hợp API", province: true },
] as const;

/** The sections the administrator may open: an agency administrator manages only staff roles. */
export const adminSections = (scope: AdminScope) => SECTIONS.filter((s) => scope.province || !s.province);

export function AdminNav({ scope, current }: { scope: AdminScope; current: string }) {
  return (
    <nav aria-label="Quản trị" className="flex flex-wrap gap-2 text-sm">
      <Link href="/quan-tri" className="inline-flex min-h-11 items-center rounded border bg-white px-3 no-underline">
        Quản trị
      </Link>
      {adminSections(scope).map((s) => (
        <Link
          key={s.href}
          href={s.href}
          aria-current={s.href === current ? "page" : undefined}
          className={`inline-flex min-h-11 items-center rounded px-3 no-underline ${s.href === current ? "bg-brand-700 text-white" : "border bg-white text-ink"}`}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
