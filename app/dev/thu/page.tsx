import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { mailKey, readMails } from "@/lib/dev-mail/store";
import { env } from "@/lib/env";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "Hộp thư thử nghiệm", robots: { index: false } };

// The development mail catcher's mailbox (scripts/serve.ts starts the catcher): every e-mail the
// portal sent, as received over SMTP. Does not exist in production.
export default async function CaughtMailPage() {
  await connection();
  if (env.APP_ENV === "production") notFound();
  const mails = readMails(env.MAIL_CATCHER_DIR);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Hộp thư thử nghiệm</h1>
      <p className="text-sm text-gray-700">
        Thư điện tử cổng đã gửi tới máy chủ SMTP thử nghiệm ({mails.length} thư). Chỉ có trong môi trường phát triển và
        kiểm thử.
      </p>
      {mails.length === 0 && <p className="rounded bg-white p-4 shadow-sm">Chưa có thư nào.</p>}
      <ul className="space-y-3" aria-label="Thư đã nhận">
        {mails.map((m) => (
          <li key={m.messageId} className="rounded bg-white p-4 shadow-sm" data-testid="caught-mail">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-col justify-center">
                <span className="font-semibold">{m.subject || "(không có tiêu đề)"}</span>
                <span className="text-sm text-gray-700 break-all">
                  Tới: {m.to.join(", ")} · {formatDateTime(new Date(m.receivedAt))}
                </span>
              </summary>
              <div className="mt-3 space-y-3">
                <p className="text-xs text-gray-600 break-all">Message-ID: {m.messageId}</p>
                {m.html && (
                  <a
                    href={`/dev/thu/${mailKey(m.messageId)}`}
                    target="_blank"
                    rel="noopener"
                    className="inline-flex min-h-11 items-center"
                  >
                    Xem bản HTML của thư
                  </a>
                )}
                <pre
                  className="whitespace-pre-wrap break-words rounded bg-gray-50 p-3 text-sm"
                  data-testid="caught-mail-text"
                >
                  {m.text}
                </pre>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
