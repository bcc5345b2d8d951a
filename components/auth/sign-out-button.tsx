import { signOutAction } from "@/lib/auth/sign-out";

/** A plain form posting to a server action: works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 underline">Đăng xuất</button>
    </form>
  );
}
