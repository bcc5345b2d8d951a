// One layout for every notification e-mail: templates describe their content as blocks, and
// this file turns the blocks into a plain-text and an HTML body. Escaping happens here, once,
// so no template can forget it (a citizen's note or a reply may contain "<" or "&").
export type Block =
  | { kind: "p"; text: string }
  | { kind: "list"; title: string; items: string[] }
  | { kind: "link"; label: string; href: string };

export type EmailContent = { subject: string; text: string; html: string };

const SIGNATURE = "Cổng dịch vụ công tỉnh Tây Ninh";
const FOOTER =
  "Thư này được gửi tự động, vui lòng không trả lời. Bạn có thể đổi cách nhận thông báo trong mục Tài khoản.";

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Only http(s) links go into an href: anything else is shown as text, never made clickable. */
const safeHref = (href: string) => (/^https?:\/\//i.test(href) ? href : null);

function blockText(b: Block): string {
  if (b.kind === "p") return b.text;
  if (b.kind === "list") return [b.title, ...b.items.map((i) => `  - ${i}`)].join("\n");
  return `${b.label}: ${b.href}`;
}

function blockHtml(b: Block): string {
  if (b.kind === "p") return `<p>${escapeHtml(b.text).replace(/\n/g, "<br>")}</p>`;
  if (b.kind === "list")
    return `<p>${escapeHtml(b.title)}</p><ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
  const href = safeHref(b.href);
  return href
    ? `<p><a href="${escapeHtml(href)}">${escapeHtml(b.label)}</a></p>`
    : `<p>${escapeHtml(blockText(b))}</p>`;
}

export function renderLayout(subject: string, greeting: string, blocks: Block[]): EmailContent {
  const text = [greeting, ...blocks.map(blockText), "", SIGNATURE, FOOTER].join("\n\n");
  const html = [
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937;max-width:40rem">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map(blockHtml),
    `<p>${escapeHtml(SIGNATURE)}</p><p style="font-size:12px;color:#6b7280">${escapeHtml(FOOTER)}</p>`,
    `</body></html>`,
  ].join("");
  return { subject, text, html };
}
