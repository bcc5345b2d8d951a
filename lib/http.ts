import "server-only";
import { isAppError } from "./errors";
import { API_POLICY, PRINT_POLICY } from "./http/security-headers";
import { loggableError } from "./text/redact";

/** Maps an error to a JSON response: expected errors with their status and message, others as 500. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return jsonResponse({ error: e.message, code: e.code }, e.status);
  console.error(loggableError(e)); // never the personal data an error may carry (lib/text/redact.ts)
  return jsonResponse({ error: "Đã có lỗi xảy ra. Vui lòng thử lại sau." }, 500);
}

/**
 * A JSON answer (or an empty one, `null`) of a route handler, with the API's policy. The routes
 * that serve files are outside next.config.ts's policy for the API (their files carry their own),
 * so their other answers — uploads' 201, deletions' 204, errors — set it here.
 */
export function jsonResponse(body: unknown, status = 200): Response {
  const headers = { "Content-Security-Policy": API_POLICY };
  return body === null ? new Response(null, { status, headers }) : Response.json(body, { status, headers });
}

const PDF = "application/pdf";

/**
 * How a file is sent:
 * - `attachment`: saved, never shown in a tab of the portal's origin; what every upload read back
 *   gets (lib/files/inspect-upload.ts keeps out what it can, this keeps out the rest);
 * - `print`: a PDF the portal generated itself (legal forms, receipts, hand-over records), shown
 *   in the browser's viewer so that the counter prints it at once. Without the sandbox: Chromium
 *   and Firefox do not render a PDF in a sandboxed document, and our own pdf-lib output carries no
 *   script to contain.
 */
export type FileDisposition = "attachment" | "print";

// RFC 6266 / RFC 8187: the UTF-8 name, and a plain ASCII one for clients that ignore filename*.
const asciiName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
const rfc8187 = (name: string) =>
  encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The headers of every file the portal sends, uploads and generated documents alike: its type
 * (nosniff: the browser does not guess another), the disposition with the name in UTF-8, a
 * sandbox (a file opened anyway runs no script with the portal's origin) and no caching, as
 * files hold personal data.
 */
export function fileHeaders(file: {
  fileName: string;
  contentType: string;
  size: number;
  disposition: FileDisposition;
}): Record<string, string> {
  const inline = file.disposition === "print";
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${rfc8187(file.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": inline ? PRINT_POLICY : "sandbox",
    "Cache-Control": "private, no-store",
  };
}

/** A generated file: a PDF opens in the browser's viewer to be printed; any other format (a spreadsheet) is saved. */
export function generatedFileResponse(body: Uint8Array<ArrayBuffer>, fileName: string, contentType = PDF): Response {
  return new Response(body, {
    headers: fileHeaders({
      fileName,
      contentType,
      size: body.byteLength,
      disposition: contentType === PDF ? "print" : "attachment",
    }),
  });
}
