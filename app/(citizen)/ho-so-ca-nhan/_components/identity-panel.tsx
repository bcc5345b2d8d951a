import type { Profile } from "@/lib/profile/queries";
import { formatDate } from "@/components/ui/format";

/** The identity vouched for by VNeID: refreshed at each sign-in, never edited here. */
export function IdentityPanel({ identity }: { identity: Profile["identity"] }) {
  const rows: [string, string][] = [
    ["Họ và tên", identity.fullName],
    ["Số định danh cá nhân", identity.personalId ?? "—"],
    ["Ngày sinh", formatDate(identity.dateOfBirth)],
    ["Nơi thường trú", identity.permanentAddress ?? "—"],
    ["Số điện thoại", identity.phone ?? "—"],
    ["Thư điện tử", identity.email ?? "—"],
  ];
  return (
    <section aria-labelledby="thong-tin-dinh-danh" className="rounded bg-white p-4 shadow-sm space-y-3">
      <div>
        <h2 id="thong-tin-dinh-danh" className="text-lg font-semibold">Thông tin định danh</h2>
        <p className="text-sm text-gray-700">
          Thông tin từ tài khoản định danh điện tử, không sửa được tại đây. Thông tin được cập nhật mỗi lần bạn đăng nhập bằng VNeID.
        </p>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
