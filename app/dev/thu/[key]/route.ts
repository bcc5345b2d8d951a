import { readMail } from "@/lib/dev-mail/store";
import { env } from "@/lib/env";

// A caught mail's HTML body as it would be shown by a mail client. Served under a sandbox CSP:
// whatever the mail holds runs no script and reaches nothing of the portal. Not in production.
export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const mail = env.APP_ENV === "production" ? null : readMail(env.MAIL_CATCHER_DIR, (await params).key);
  if (!mail?.html)
    return new Response("Không tìm thấy thư.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return new Response(mail.html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "cache-control": "no-store",
    },
  });
}
