// Expected domain errors, each with a code, an HTTP status and a Vietnamese message for the
// user (documenso's AppError). Anything else is unexpected: logged, shown generically.
import { loggableError } from "./text/redact";

export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "TRANSITION_NOT_ALLOWED"
  | "STALE_DOSSIER"
  | "ALREADY_DONE"
  | "INVALID_INPUT"
  | "MISSING_DOCUMENTS"
  | "FILE_TYPE_NOT_ALLOWED"
  | "FILE_TOO_LARGE"
  | "DOSSIER_TOO_LARGE"
  | "FILE_REFUSED"
  | "SCANNER_UNAVAILABLE";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  TRANSITION_NOT_ALLOWED: 409,
  STALE_DOSSIER: 409,
  ALREADY_DONE: 409, // a one-time act (an evaluation, a reply) that was already done
  INVALID_INPUT: 400,
  MISSING_DOCUMENTS: 400,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_TOO_LARGE: 413,
  DOSSIER_TOO_LARGE: 413,
  FILE_REFUSED: 422, // malware or active content found in an upload (lib/files/inspect-upload.ts)
  SCANNER_UNAVAILABLE: 503, // clamd could not be asked, and uploads are not stored unscanned
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return HTTP_STATUS[this.code];
  }
}

/** Not found and not yours look the same, so that codes of others' dossiers leak nothing. */
export const notFound = (what = "Không tìm thấy hồ sơ.") => new AppError("NOT_FOUND", what);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The message to show a user for any error. */
export function userMessage(e: unknown): string {
  if (isAppError(e)) return e.message;
  console.error(loggableError(e)); // never the personal data an error may carry (lib/text/redact.ts)
  return "Đã có lỗi xảy ra. Vui lòng thử lại sau.";
}
