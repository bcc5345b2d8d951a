import type { Metadata } from "next";
import { SignInButton } from "@/components/auth/sign-in-button";

export const metadata: Metadata = { title: "Đăng nhập" };

const ERRORS: Record<string, string> = {
  OAuthCallback: "Không hoàn tất được đăng nhập với hệ thống định danh. Vui lòng thử lại.",
  OAuthSignin: "Không kết nối được hệ thống định danh điện tử. Vui lòng thử lại sau.",
  Callback: "Không hoàn tất được đăng nhập. Vui lòng thử lại.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") ? callbackUrl : "/ho-so";
  return (
    <div className="max-w-lg space-y-4 rounded bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">Đăng nhập</h1>
      <p>Công dân, tổ chức và cán bộ đăng nhập bằng tài khoản định danh điện tử do Bộ Công an cấp (VNeID), qua Cổng Dịch vụ công quốc gia.</p>
      {error && <p role="alert" className="text-red-700">{ERRORS[error] ?? "Đăng nhập không thành công. Vui lòng thử lại."}</p>}
      <SignInButton callbackUrl={target} />
    </div>
  );
}
