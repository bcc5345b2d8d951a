// HTML of the development identity provider: the sign-in page, the logout confirmation
// and the error page. Plain server-rendered HTML with inline CSS and no script, so the
// pages work on any phone and under a strict CSP. Every interpolated value goes through
// esc(): identities created on the page are user input.

import {
  DEMO_CENTRE_AGENCY,
  DEMO_COMMUNE_AGENCY,
  DEMO_PROVINCE_AGENCY,
  type DemoStaffRole,
} from "../../prisma/seed/data/people";
import type { FieldError, Identity } from "./identities";

export const SIGN_IN_TITLE = "Đăng nhập bằng định danh điện tử (môi trường phát triển)";

const ROLE_LABELS: Record<DemoStaffRole, string> = {
  COUNTER_OFFICER: "Cán bộ một cửa",
  SPECIALIST: "Chuyên viên xử lý",
  LEADER: "Lãnh đạo",
  POSTAL_OFFICER: "Nhân viên bưu điện",
  ADMIN: "Quản trị hệ thống",
};

// Only the agencies the demo staff belong to; any other code is shown as is.
const AGENCY_LABELS: Record<string, string> = {
  [DEMO_COMMUNE_AGENCY]: "UBND phường Tân Ninh",
  [DEMO_PROVINCE_AGENCY]: "Sở Xây dựng",
  [DEMO_CENTRE_AGENCY]: "Trung tâm Phục vụ hành chính công tỉnh",
};

export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;color:#1a1a1a}
main{max-width:40rem;margin:0 auto;padding:1rem}
header{background:#b71c1c;color:#fff;padding:1rem}header h1{margin:0 auto;max-width:40rem;font-size:1.25rem}
.note{background:#fff8e1;border:1px solid #f0c36d;padding:.75rem;border-radius:.5rem}
section{background:#fff;border-radius:.75rem;padding:1rem;margin:1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:1.1rem;margin:0 0 .75rem}
ul.people{list-style:none;margin:0;padding:0}ul.people li{margin:0 0 .75rem}
button{display:block;width:100%;min-height:3rem;font:inherit;font-weight:600;border:0;border-radius:.5rem;padding:.6rem 1rem;cursor:pointer;text-align:left;background:#0d47a1;color:#fff}
button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #ffb300;outline-offset:2px}
button.secondary{background:#e0e0e0;color:#1a1a1a;text-align:center}
.meta{display:block;color:#555;font-size:.875rem;margin-top:.25rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
fieldset{border:1px solid #888;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0 0}legend{font-weight:600}
label.level{display:flex;align-items:center;gap:.5rem;min-height:2.75rem;margin:0}label.level input{width:1.25rem;min-height:0}
input,select{width:100%;min-height:3rem;font:inherit;padding:.5rem;border:1px solid #888;border-radius:.5rem;background:#fff}
[aria-invalid=true]{border:2px solid #b71c1c}
form.create button{margin-top:1rem;text-align:center}
.error{background:#ffebee;border:1px solid #b71c1c;color:#7f0000;padding:.75rem;border-radius:.5rem}.error ul{margin:.25rem 0 0;padding-left:1.25rem}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1></header>
<main>
${body}
</main>
</body>
</html>`;
}

export type SignInPageOptions = {
  uid: string;
  clientName: string;
  people: Identity[];
  /** Present when the "Tạo danh tính mới" form was rejected. */
  errors?: FieldError[];
  values?: Record<string, string>;
};

function personItem(person: Identity, index: number): string {
  const id = `p${index}`;
  const roles = (person.staff ?? [])
    .map((s) => `${ROLE_LABELS[s.role] ?? s.role} – ${AGENCY_LABELS[s.agencyCode] ?? s.agencyCode}`)
    .join("; ");
  // The button's accessible name is exactly "Đăng nhập: <name>" (tests and screen readers
  // rely on it); the details are linked with aria-describedby instead of put inside it. Each
  // button submits the one sign-in form with its person's ID, and the level chosen above.
  return `<li><button type="submit" name="personalId" value="${esc(person.personalId)}" aria-describedby="${id}">Đăng nhập: ${esc(person.fullName)}</button>
<span class="meta" id="${id}">Số định danh ${esc(person.personalId)}${roles ? ` · ${esc(roles)}` : ""}</span></li>`;
}

/**
 * The level of assurance of this sign-in (NĐ 69/2024: level 1 registered online, level 2 verified
 * in person), so that a tester can sign in at either: the portal refuses level 1 for staff.
 */
function levelChoice(name: string, chosen: string): string {
  const option = (value: string, label: string) =>
    `<label class="level"><input type="radio" name="${name}" value="${value}"${value === chosen ? " checked" : ""}> ${esc(label)}</label>`;
  return `<fieldset><legend>Mức độ tài khoản định danh điện tử</legend>
${option("LoA2", "Mức độ 2")}
${option("LoA1", "Mức độ 1")}
</fieldset>`;
}

function field(name: string, label: string, control: (attrs: string) => string, errors: FieldError[]): string {
  const invalid = errors.some((e) => e.field === name);
  const attrs = `id="f-${name}" name="${name}"${invalid ? ' aria-invalid="true" aria-describedby="create-errors"' : ""}`;
  return `<label for="f-${name}">${esc(label)}</label>\n${control(attrs)}`;
}

function createForm(uid: string, errors: FieldError[], values: Record<string, string>): string {
  const v = (name: string) => esc(values[name] ?? "");
  const alert = errors.length
    ? `<div class="error" role="alert" id="create-errors"><strong>Không tạo được danh tính:</strong><ul>${errors
        .map((e) => `<li>${esc(e.message)}</li>`)
        .join("")}</ul></div>`
    : "";
  const gender = values.gender ?? "Nam";
  // novalidate: the server's Vietnamese messages are the single source of truth (browser
  // bubbles would be in the browser's language and would hide the server-side check).
  return `<section aria-labelledby="create-title">
<h2 id="create-title">Tạo danh tính mới</h2>
${alert}
<form class="create" method="post" action="/interaction/${esc(uid)}/create" novalidate>
${field("personalId", "Số định danh cá nhân", (a) => `<input ${a} inputmode="numeric" autocomplete="off" required value="${v("personalId")}">`, errors)}
${field("fullName", "Họ và tên", (a) => `<input ${a} autocomplete="name" required value="${v("fullName")}">`, errors)}
${field("dateOfBirth", "Ngày sinh", (a) => `<input ${a} type="date" required value="${v("dateOfBirth")}">`, errors)}
${field("gender", "Giới tính", (a) => `<select ${a}>${["Nam", "Nữ"].map((g) => `<option${g === gender ? " selected" : ""}>${g}</option>`).join("")}</select>`, errors)}
${field("phone", "Số điện thoại", (a) => `<input ${a} type="tel" autocomplete="tel" value="${v("phone")}">`, errors)}
${field("email", "Thư điện tử", (a) => `<input ${a} type="email" autocomplete="email" value="${v("email")}">`, errors)}
${field("permanentAddress", "Nơi thường trú", (a) => `<input ${a} autocomplete="street-address" value="${v("permanentAddress")}">`, errors)}
${levelChoice("loa", values.loa ?? "LoA2")}
<button type="submit">Tạo và đăng nhập</button>
</form>
</section>`;
}

export function signInPage({ uid, clientName, people, errors = [], values = {} }: SignInPageOptions): string {
  const citizens = people.filter((p) => !p.staff?.length);
  const staff = people.filter((p) => p.staff?.length);
  const list = (items: Identity[], offset: number) =>
    `<ul class="people">${items.map((p, i) => personItem(p, offset + i)).join("\n")}</ul>`;
  return layout(
    SIGN_IN_TITLE,
    `<p class="note">Trang giả lập đăng nhập qua Cổng Dịch vụ công quốc gia / VNeID, chỉ dùng khi phát triển và kiểm thử.
Ứng dụng yêu cầu: <strong>${esc(clientName)}</strong>. Chọn một danh tính để đăng nhập.</p>
<form method="post" action="/interaction/${esc(uid)}/login">
<section>${levelChoice("loa", "LoA2")}</section>
<section aria-labelledby="citizens-title"><h2 id="citizens-title">Công dân</h2>${list(citizens, 0)}</section>
<section aria-labelledby="staff-title"><h2 id="staff-title">Cán bộ</h2>${list(staff, citizens.length)}</section>
</form>
${createForm(uid, errors, values)}
<form method="post" action="/interaction/${esc(uid)}/abort"><button class="secondary" type="submit">Hủy đăng nhập</button></form>`,
  );
}

export function errorPage(message: string, details?: string): string {
  return layout(
    "Lỗi đăng nhập (môi trường phát triển)",
    `<section><div class="error" role="alert"><p><strong>${esc(message)}</strong></p>${
      details ? `<p>${esc(details)}</p>` : ""
    }</div></section>`,
  );
}

/** RP-initiated logout confirmation; `form` is oidc-provider's hidden form (with its xsrf token). */
export function logoutPage(form: string): string {
  return layout(
    "Đăng xuất định danh điện tử (môi trường phát triển)",
    `<section>${form}
<h2>Bạn có muốn đăng xuất khỏi định danh điện tử?</h2>
<p><button autofocus type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button></p>
<p><button class="secondary" type="submit" form="op.logoutForm">Giữ đăng nhập</button></p></section>`,
  );
}

export function loggedOutPage(): string {
  return layout(
    "Đã đăng xuất (môi trường phát triển)",
    `<section><p>Bạn đã đăng xuất khỏi định danh điện tử.</p></section>`,
  );
}
