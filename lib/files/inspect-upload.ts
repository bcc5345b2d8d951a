import "server-only";
import { readFile } from "node:fs/promises";
import { AppError } from "../errors";
import { ALLOWED_TYPES, detectAllowedType, type AllowedMime } from "./file-type";
import { typeNotAllowed } from "./limits";
import { scanFile, scannerRequired, ScannerUnavailableError } from "./malware-scan";
import { inspectPdf } from "./pdf-active-content";
import { discardFile, type CheckedFile, type InspectedFile } from "./storage";

// The one inspection every upload goes through once its bytes are on disk and before they are
// committed to the store: the wizard (raw body and resumable), supplement replies, the counter's
// scans, the agency's result, a consulted agency's files and the integration API. In order:
//   1. clamd's malware scan of the whole file (lib/files/malware-scan.ts);
//   2. the type, by content (magic bytes), among those the path accepts;
//   3. no HTML in the head of the file (a PDF/HTML or image/HTML polyglot that a browser or an
//      old reader could take for a page);
//   4. for a PDF, no active content, not encrypted, readable (lib/files/pdf-active-content.ts).
// A refused file is deleted at once; the caller stores nothing (docs/decisions/022-hostile-uploads.md).

export const MALWARE_MESSAGE = "Tệp có chứa mã độc và đã bị từ chối.";
export const ACTIVE_PDF_MESSAGE =
  "Tệp PDF có chứa mã thực thi (JavaScript/hành động tự động) hoặc tệp nhúng nên không được nhận. Vui lòng in lại ra PDF thường hoặc scan lại.";
export const ENCRYPTED_PDF_MESSAGE =
  "Tệp PDF có đặt mật khẩu hoặc mã hóa nên không kiểm tra được. Vui lòng gửi bản không đặt mật khẩu.";
export const UNREADABLE_PDF_MESSAGE = "Tệp PDF bị hỏng, không đọc được. Vui lòng in lại ra PDF hoặc scan lại.";
export const POLYGLOT_MESSAGE = "Tệp không đúng định dạng khai báo.";
export const SCANNER_UNAVAILABLE_MESSAGE =
  "Chưa kiểm tra được mã độc trong tệp nên tệp chưa được nhận. Vui lòng thử lại sau ít phút.";

/** Markers of HTML or SVG that must not appear in the head of a PDF or an image. */
const HTML_MARKERS = ["<html", "<script", "<!doctype", "<svg", "<body", "<head", "<iframe"];

export type Accept = {
  types: readonly AllowedMime[];
  /** The refusal for another type (the default names PDF, JPEG and PNG). */
  wrongType?: () => AppError;
};

const ANY_DOCUMENT: Accept = { types: Object.keys(ALLOWED_TYPES) as AllowedMime[] };

function hasHtmlMarker(head: Buffer): boolean {
  // latin1 keeps one character per byte, so binary bytes cannot form a marker by decoding.
  const text = head.toString("latin1").toLowerCase();
  return HTML_MARKERS.some((m) => text.includes(m));
}

/** The type of an acceptable upload; throws the user's message for anything else. */
async function judge(file: InspectedFile, accept: Accept): Promise<AllowedMime> {
  try {
    const verdict = await scanFile(file.path);
    if (verdict.infected) {
      // The signature and the hash, for the operator; not the file name, which may name a person.
      console.warn(`Upload refused: clamd found ${verdict.signature} (sha256 ${file.sha256}).`);
      throw new AppError("FILE_REFUSED", MALWARE_MESSAGE);
    }
  } catch (e) {
    if (!(e instanceof ScannerUnavailableError)) throw e;
    if (scannerRequired()) {
      console.error(`Upload refused, not scanned: ${e.message}`);
      throw new AppError("SCANNER_UNAVAILABLE", SCANNER_UNAVAILABLE_MESSAGE);
    }
    console.warn(`Upload accepted without a malware scan (CLAMD_REQUIRED=false): ${e.message}`);
  }
  const mime = await detectAllowedType(file.head);
  if (!mime || !accept.types.includes(mime)) throw (accept.wrongType ?? typeNotAllowed)();
  if (hasHtmlMarker(file.head)) throw new AppError("FILE_TYPE_NOT_ALLOWED", POLYGLOT_MESSAGE);
  if (mime === "application/pdf") {
    const verdict = await inspectPdf(await readFile(file.path));
    if (verdict === "active-content") throw new AppError("FILE_REFUSED", ACTIVE_PDF_MESSAGE);
    if (verdict === "encrypted") throw new AppError("FILE_REFUSED", ENCRYPTED_PDF_MESSAGE);
    if (verdict === "unreadable") throw new AppError("FILE_REFUSED", UNREADABLE_PDF_MESSAGE);
  }
  return mime;
}

/**
 * Inspects an upload on disk (its head must hold at least SNIFF_BYTES). Returns the file, now
 * allowed into the store, and its type; on any refusal deletes it and throws the user's message.
 */
export async function inspectUpload(
  file: InspectedFile,
  accept: Accept = ANY_DOCUMENT,
): Promise<{ file: CheckedFile; mime: AllowedMime }> {
  try {
    return { file: file as CheckedFile, mime: await judge(file, accept) };
  } catch (e) {
    await discardFile(file.path);
    throw e;
  }
}
