// The readable reference of /api/v1 (served at /api/v1/docs): the OpenAPI document rendered
// as plain HTML on the server, so it shows exactly what the document says and needs no script.
import type { OpenApiDocument } from "./openapi";

type Json = Record<string, unknown>;

const esc = (v: unknown) =>
  String(v ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
const refName = (ref: string) => ref.replace("#/components/schemas/", "");

/** A short type label of a JSON Schema: `string`, `Procedure[]`, `"a" | "b"`… */
function typeOf(s: Json | undefined): string {
  if (!s) return "";
  if (typeof s.$ref === "string") return `<a href="#schema-${esc(refName(s.$ref))}">${esc(refName(s.$ref))}</a>`;
  if (Array.isArray(s.enum)) return s.enum.map((e) => `<code>${esc(JSON.stringify(e))}</code>`).join(" | ");
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeOf).join(" | ");
  if (s.type === "array") return `${typeOf(s.items as Json)}[]`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object")
    return `{ [tên]: ${typeOf(s.additionalProperties as Json)} }`;
  const format = typeof s.format === "string" ? ` (${esc(s.format)})` : "";
  return `${esc(s.type ?? "")}${format}`;
}

function propertiesTable(s: Json): string {
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  const rows = Object.entries(props).map(([name, p]) => {
    const nested =
      p.type === "object" && p.properties
        ? propertiesTable(p)
        : p.type === "array" && (p.items as Json)?.properties
          ? propertiesTable(p.items as Json)
          : "";
    return `<tr><td><code>${esc(name)}</code>${required.has(name) ? " <strong>bắt buộc</strong>" : ""}</td><td>${typeOf(p)}</td><td>${esc(p.description ?? "")}${nested}</td></tr>`;
  });
  return rows.length
    ? `<table><thead><tr><th>Trường</th><th>Kiểu</th><th>Mô tả</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    : "";
}

function operationHtml(path: string, method: string, op: Json): string {
  const params = ((op.parameters ?? []) as Json[]).map(
    (p) =>
      `<tr><td><code>${esc(p.name)}</code> (${esc(p.in)})${p.required ? " <strong>bắt buộc</strong>" : ""}</td><td>${typeOf(p.schema as Json)}</td><td>${esc(p.description ?? "")}</td></tr>`,
  );
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, r]) => {
    const content = (r.content ?? {}) as Record<string, Json>;
    const types = Object.entries(content)
      .map(([type, c]) => `${esc(type)}${c.schema ? ` — ${typeOf(c.schema as Json)}` : ""}`)
      .join("; ");
    return `<tr><td>${esc(status)}</td><td>${esc(r.description)}</td><td>${types}</td></tr>`;
  });
  const scope = op["x-required-scope"]
    ? `<p>Phạm vi cần có: <code>${esc(op["x-required-scope"])}</code></p>`
    : Array.isArray(op.security) && op.security.length === 0
      ? "<p>Không cần khoá API.</p>"
      : "";
  return `<section class="op" id="${esc(op.operationId ?? `${method}-${path}`)}">
<h3><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ""}${scope}
${params.length ? `<h4>Tham số</h4><table><thead><tr><th>Tên</th><th>Kiểu</th><th>Mô tả</th></tr></thead><tbody>${params.join("")}</tbody></table>` : ""}
${
  body
    ? `<h4>Nội dung gửi</h4><p>${Object.entries(body)
        .map(([t, c]) => `${esc(t)} — ${typeOf(c.schema as Json)}`)
        .join("; ")}</p>`
    : ""
}
<h4>Kết quả</h4><table><thead><tr><th>Mã</th><th>Ý nghĩa</th><th>Nội dung</th></tr></thead><tbody>${responses.join("")}</tbody></table>
</section>`;
}

export function renderReference(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operationHtml(path, method, op)),
  );
  const schemes = Object.entries(doc.components.securitySchemes).map(
    ([name, s]) => `<li><code>${esc(name)}</code>: ${esc((s as Json).description ?? (s as Json).type)}</li>`,
  );
  const schemas = Object.entries(doc.components.schemas).map(
    ([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${propertiesTable(s)}</section>`,
  );
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — tài liệu tra cứu</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
code{background:#f3f3f3;padding:0 .2rem}.op{border-top:2px solid #0b5394;margin-top:1.5rem}.method{background:#0b5394;color:#fff;padding:.1rem .4rem;border-radius:.2rem}
a{color:#0b5394}
</style></head><body>
<h1>${esc(doc.info.title)}</h1>
<p>Phiên bản ${esc(doc.info.version)} · OpenAPI ${esc(doc.openapi)} · <a href="/api/v1/openapi.json">Tài liệu OpenAPI (JSON)</a></p>
<p>${esc(doc.info.description)}</p>
<h2>Xác thực</h2><ul>${schemes.join("")}</ul>
<p>Mỗi lời gọi được ghi nhật ký (khoá, đường dẫn, mã kết quả, thời điểm, địa chỉ IP). Lỗi trả về dạng <code>application/problem+json</code> với thông điệp tiếng Việt: 401 thiếu hoặc sai khoá, 403 thiếu phạm vi, 422 dữ liệu không hợp lệ (không lưu gì), 429 vượt giới hạn mỗi phút (xem tiêu đề Retry-After).</p>
<h2>Thao tác</h2>${ops.join("\n")}
<h2>Kiểu dữ liệu</h2>${schemas.join("\n")}
</body></html>`;
}
