import "server-only";
import { isAppError } from "./errors";

/** Maps an error to a JSON response: expected errors with their status and message, others as 500. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ error: e.message, code: e.code }, { status: e.status });
  console.error(e);
  return Response.json({ error: "Đã có lỗi xảy ra. Vui lòng thử lại sau." }, { status: 500 });
}
