import Link from "next/link";
import type { Metadata } from "next";
import { connection } from "next/server";
import { listProcedures } from "@/lib/procedures/queries";
import { AUTHORITY_LABEL, SERVICE_LEVEL_LABEL } from "@/lib/procedures/labels";

export const metadata: Metadata = { title: "Thủ tục hành chính" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const { q } = await searchParams;
  const procedures = await listProcedures(typeof q === "string" ? q : undefined);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Thủ tục hành chính</h1>
      <form className="flex flex-col sm:flex-row gap-2" role="search">
        <label htmlFor="q" className="sr-only">Tìm thủ tục</label>
        <input id="q" name="q" defaultValue={q} placeholder="Tên hoặc mã thủ tục" className="flex-1 rounded border px-3 py-2" />
        <button className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">Tìm kiếm</button>
      </form>
      <p className="text-sm text-gray-600">{procedures.length} thủ tục</p>
      <ul className="divide-y rounded bg-white shadow-sm">
        {procedures.map((p) => (
          <li key={p.code} className="p-4">
            <Link href={`/thu-tuc/${p.code}`} className="font-semibold">{p.name}</Link>
            <div className="text-sm text-gray-600">
              Mã {p.code} · {p.field.name} · {AUTHORITY_LABEL[p.authorityLevel]} · {SERVICE_LEVEL_LABEL[p.serviceLevel]}
            </div>
          </li>
        ))}
        {procedures.length === 0 && <li className="p-4">Không tìm thấy thủ tục phù hợp.</li>}
      </ul>
    </div>
  );
}
