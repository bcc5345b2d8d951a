import Link from "next/link";
import { getActor, isStaff } from "@/lib/auth/actor";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function SiteHeader() {
  const actor = await getActor();
  return (
    <header className="bg-brand-700 text-white">
      <div className="max-w-5xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="text-white font-semibold text-lg no-underline hover:no-underline">
          Dịch vụ công Tây Ninh
        </Link>
        <nav aria-label="Điều hướng chính" className="flex flex-wrap gap-4 text-sm">
          <Link className="text-white" href="/thu-tuc">Thủ tục hành chính</Link>
          <Link className="text-white" href="/tra-cuu">Tra cứu hồ sơ</Link>
          {actor && <Link className="text-white" href="/ho-so">Hồ sơ của tôi</Link>}
          {actor && <Link className="text-white" href="/kho-du-lieu">Kho dữ liệu</Link>}
          {actor && <Link className="text-white" href="/ho-so-ca-nhan">Tài khoản</Link>}
          {actor && isStaff(actor) && <Link className="text-white" href="/can-bo">Xử lý hồ sơ</Link>}
          {actor?.memberships.some((m) => m.role === "ADMIN") && <Link className="text-white" href="/quan-tri">Quản trị</Link>}
        </nav>
        <div className="ml-auto text-sm flex items-center gap-3">
          {actor ? (
            <>
              <span aria-label="Người dùng đang đăng nhập">{actor.fullName}</span>
              <SignOutButton />
            </>
          ) : (
            <Link className="text-white font-semibold" href="/dang-nhap">Đăng nhập</Link>
          )}
        </div>
      </div>
    </header>
  );
}
