import type { Metadata } from "next";
import Link from "next/link";
import { listProceduresForAdmin } from "@/lib/admin/queries";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { AUTHORITY_LABEL } from "@/lib/procedures/labels";
import { AdminNav } from "../_components/admin-nav";

export const metadata: Metadata = { title: "Quản trị thủ tục hành chính" };

export default async function AdminProceduresPage() {
  const { actor, scope } = await requireAdminPage("/quan-tri/thu-tuc", { province: true });
  const procedures = await listProceduresForAdmin(actor);
  return (
    <div className="space-y-4">
      <AdminNav scope={scope} current="/quan-tri/thu-tuc" />
      <h1 className="text-2xl font-semibold">Thủ tục hành chính ({procedures.length})</h1>
      <ul className="space-y-2">
        {procedures.map((p) => (
          <li key={p.code} className="rounded bg-white p-3 text-sm shadow-sm">
            <Link href={`/quan-tri/thu-tuc/${p.code}`} className="inline-flex min-h-11 items-center font-semibold">
              {p.name}
            </Link>
            <p className="text-gray-700">
              <span className="font-mono">{p.code}</span> · {AUTHORITY_LABEL[p.authorityLevel]} ·{" "}
              {p.published ? "Đang công khai" : <strong className="text-amber-900">Chưa công khai</strong>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
