import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

export default function NotFound() {
  return (
    <div className="space-y-3 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">Không tìm thấy trang</h1>
      <p className="text-gray-700">Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại đường dẫn.</p>
      <ul className="flex flex-wrap gap-4">
        <li><Link href="/">Về trang chủ</Link></li>
        <li><Link href="/thu-tuc">Tra cứu thủ tục hành chính</Link></li>
      </ul>
    </div>
  );
}
