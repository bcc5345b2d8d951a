import "server-only";
import { isAppError } from "./errors";

/** Maps an error to a JSON response: expected errors with their status and message, others as 500. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ error: e.message, code: e.code }, { status: e.status });
  console.error(e);
  return Response.json({ error: "Đã có lỗi xảy ra. Vui lòng thử lại sau." }, { status: 500 });
}

const PDF = "application/pdf";

/**
 * A generated file, never cached: it holds personal data. A PDF opens in the browser's viewer
 * (inline); any other format (a spreadsheet) is saved (attachment).
 */
export function generatedFileResponse(body: Uint8Array<ArrayBuffer>, fileName: string, contentType = PDF): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(body.byteLength),
      "Content-Disposition": `${contentType === PDF ? "inline" : "attachment"}; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
