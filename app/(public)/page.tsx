import Link from "next/link";
import { connection } from "next/server";
import { cachedListProcedures } from "@/lib/procedures/cached";

export default async function HomePage() {
  await connection();
  const procedures = (await cachedListProcedures()).slice(0, 6);
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">Cổng Dịch vụ công tỉnh Tây Ninh</h1>
        <p className="mt-2 text-gray-700">Tìm thủ tục, nộp hồ sơ trực tuyến bằng tài khoản định danh điện tử và theo dõi hồ sơ đến khi nhận kết quả.</p>
        <form action="/thu-tuc" className="mt-4 flex flex-col sm:flex-row gap-2" role="search">
          <label htmlFor="q" className="sr-only">Tìm thủ tục</label>
          <input id="q" name="q" placeholder="Nhập tên hoặc mã thủ tục, ví dụ: khai sinh" className="flex-1 rounded border px-3 py-2" />
          <button className="rounded bg-brand-700 px-4 py-2 text-white font-semibold">Tìm kiếm</button>
        </form>
      </section>
      <section>
        <h2 className="text-lg font-semibold mb-3">Thủ tục thường dùng</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {procedures.map((p) => (
            <li key={p.code} className="rounded bg-white p-4 shadow-sm">
              <Link href={`/thu-tuc/${p.code}`}>{p.name}</Link>
              <div className="text-sm text-gray-600">{p.field.name} · {p.code}</div>
            </li>
          ))}
        </ul>
        <p className="mt-3"><Link href="/thu-tuc">Xem tất cả thủ tục →</Link></p>
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Tra cứu hồ sơ</h2>
        <p className="text-gray-700">Nhập mã hồ sơ ghi trên giấy tiếp nhận để xem tình trạng giải quyết.</p>
        <Link href="/tra-cuu">Tra cứu ngay →</Link>
      </section>
    </div>
  );
}
