import { signOutAction } from "@/lib/auth/sign-out";

/** A plain form posting to a server action: works without JavaScript. */
export function SignOutButton({ label = "Đăng xuất" }: { label?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 underline">
        {label}
      </button>
    </form>
  );
}
