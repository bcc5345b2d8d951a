import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/require-admin";
import { adminSections } from "./_components/admin-nav";

export const metadata: Metadata = { title: "Quản trị hệ thống" };

const DESCRIPTION: Record<string, string> = {
  "/quan-tri/ngay-nghi": "Bảng ngày nghỉ lễ, Tết và ngày làm bù dùng để tính hạn giải quyết hồ sơ.",
  "/quan-tri/co-quan": "Mã cơ quan theo QCVN 102:2016, tên, cấp, cơ quan cấp trên, đơn vị hành chính.",
  "/quan-tri/can-bo": "Giao và thu hồi vai trò của cán bộ tại từng cơ quan.",
  "/quan-tri/thu-tuc": "Thành phần hồ sơ, thời hạn, phí, tờ khai điện tử, quy trình xử lý; công khai thủ tục.",
  "/quan-tri/thong-bao": "Thư điện tử, tin nhắn gửi không thành công sau nhiều lần thử: lý do và gửi lại.",
  "/quan-tri/tich-hop": "Khoá API cho hệ thống khác (phạm vi, giới hạn, thu hồi), webhook và nhật ký lời gọi.",
};

export default async function AdminHome() {
  const { scope } = await requireAdminPage("/quan-tri");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Quản trị hệ thống</h1>
      <p className="text-sm text-gray-700">
        {scope.province
          ? "Bạn là quản trị viên cấp tỉnh: quản lý danh mục dùng chung của toàn tỉnh."
          : "Bạn là quản trị viên của cơ quan: quản lý vai trò cán bộ trong cơ quan của mình."}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {adminSections(scope).map((s) => (
          <li key={s.href} className="rounded bg-white p-4 shadow-sm">
            <Link href={s.href} className="font-semibold">
              {s.label}
            </Link>
            <p className="mt-1 text-sm text-gray-700">{DESCRIPTION[s.href]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
