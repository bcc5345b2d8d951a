// The size rules every upload path shares (raw body, resumable, reuse from the store), with
// the messages citizens see. Pure: no database, no disk.
import { AppError } from "../errors";

const MB = 1048576;

/** What one more file may take: the per-file limit and what is left of the dossier's total. */
export type SizeRoom = { maxFileBytes: number; maxDossierBytes: number; usedBytes: number };

export const fileTooLarge = (maxBytes: number) =>
  new AppError("FILE_TOO_LARGE", `Tệp vượt quá dung lượng cho phép (${Math.round(maxBytes / MB)} MB).`);

export const dossierTooLarge = (maxDossierBytes: number) =>
  new AppError("DOSSIER_TOO_LARGE", `Tổng dung lượng hồ sơ vượt quá ${Math.round(maxDossierBytes / MB)} MB.`);

export const typeNotAllowed = () =>
  new AppError("FILE_TYPE_NOT_ALLOWED", "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.");

/** The most bytes a body of unknown length may stream before it is cut off. */
export const streamLimit = (room: SizeRoom) => Math.min(room.maxFileBytes, room.maxDossierBytes - room.usedBytes);

/**
 * Refuses a size: one declared in advance (Content-Length, tus Upload-Length), checked before
 * any byte is stored, and the final size again when the file is attached.
 */
export function checkFileSize(room: SizeRoom, bytes: number) {
  if (bytes > room.maxFileBytes) throw fileTooLarge(room.maxFileBytes);
  if (bytes > room.maxDossierBytes - room.usedBytes) throw dossierTooLarge(room.maxDossierBytes);
  if (bytes <= 0) throw new AppError("INVALID_INPUT", "Tệp rỗng.");
}
