// Uploaded files are judged by their content (magic bytes), never by name or declared type.
import { fileTypeFromBuffer } from "file-type";

export const ALLOWED_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export type AllowedMime = keyof typeof ALLOWED_TYPES;

/** How many leading bytes are enough to recognise the allowed types. */
export const SNIFF_BYTES = 4100;

export async function detectAllowedType(head: Uint8Array): Promise<AllowedMime | null> {
  const detected = await fileTypeFromBuffer(head);
  return detected && detected.mime in ALLOWED_TYPES ? (detected.mime as AllowedMime) : null;
}
