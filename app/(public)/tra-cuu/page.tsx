import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { rateLimit } from "@/lib/rate-limit";
import { lookupDossierByCode } from "@/lib/dossiers/queries";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { title: "Tra cứu hồ sơ" };

export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  await connection();
  const { ma } = await searchParams;
  const code = typeof ma === "string" ? ma.trim() : "";
  // Anonymous lookups are limited per client address, so codes cannot be harvested by guessing.
  const client = (await headers()).get("x-forwarded-for")?.split(",")[0].trim() || "local";
  const limited = code ? !rateLimit(`lookup:${client}`, env.LOOKUP_RATE_LIMIT_PER_MINUTE, 60_000).allowed : false;
  const found = code && !limited ? await lookupDossierByCode(code) : null;
  return (
    <div className="space-y-4 max-w-xl">
      <h1 className="text-2xl font-semibold">Tra cứu hồ sơ</h1>
      <form className="flex flex-col sm:flex-row gap-2" role="search">
        <label htmlFor="ma" className="sr-only">Mã hồ sơ</label>
        <input id="ma" name="ma" defaultValue={code} placeholder="Ví dụ: 000.21.01.H80-261123-0001" className="flex-1 rounded border px-3 py-2" />
        <button className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">Tra cứu</button>
      </form>
      {limited && <p role="alert" className="text-red-700">Bạn tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.</p>}
      {code && !limited && (found ? (
        <div className="rounded bg-white p-4 shadow-sm" aria-live="polite">
          <p>Mã hồ sơ: <strong>{found.code}</strong></p>
          <p>Thủ tục: {found.procedure.name}</p>
          <p>Trạng thái: <StatusBadge status={found.status} /></p>
        </div>
      ) : (
        <p role="alert" className="text-red-700">Không tìm thấy hồ sơ có mã “{code}”. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.</p>
      ))}
    </div>
  );
}
