import "server-only";
import { isAppError } from "./errors";

/** Maps an error to a JSON response: expected errors with their status and message, others as 500. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ error: e.message, code: e.code }, { status: e.status });
  console.error(e);
  return Response.json({ error: "Đã có lỗi xảy ra. Vui lòng thử lại sau." }, { status: 500 });
}

/** A generated PDF, shown inline and never cached: it holds personal data. */
export function pdfResponse(pdf: Uint8Array<ArrayBuffer>, fileName: string): Response {
  return new Response(pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
