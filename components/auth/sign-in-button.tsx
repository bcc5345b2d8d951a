"use client";
import { signIn } from "next-auth/react";

export function SignInButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => signIn("vneid", { callbackUrl })}
      className="w-full sm:w-auto rounded-md bg-brand-700 px-6 py-3 text-white font-semibold hover:bg-brand-600"
    >
      Đăng nhập bằng tài khoản định danh điện tử (VNeID)
    </button>
  );
}
