import "server-only";
import sharp from "sharp";
import { AppError } from "../errors";

// Every JPEG or PNG is decoded and written anew on the server before it is stored, whatever
// the browser did (docs/decisions/004-attachment-storage.md): photos from phones carry EXIF
// with the GPS position of the citizen's home, the phone model and the time; re-encoding
// keeps the pixels only. It also turns sideways photos upright for officers and caps the size.

export type ImageMime = "image/jpeg" | "image/png";

/** Long side cap: a page scanned at 300 dpi on A3 is ~5000 px; 4000 px still reads at A4. */
export const MAX_LONG_SIDE = 4000;
const JPEG_QUALITY = 85;

export const isImageMime = (mime: string): mime is ImageMime => mime === "image/jpeg" || mime === "image/png";

export const imageUnreadable = () => new AppError("FILE_TYPE_NOT_ALLOWED", "Tệp ảnh bị lỗi, không đọc được.");

/**
 * Re-encodes the image at `from` into `to`, file to file: libvips reads the input from disk
 * and writes the output to disk, so a 20 MB photo is never one buffer in this process.
 * Throws imageUnreadable() when the image cannot be decoded (truncated, corrupt).
 */
export async function reencodeImage(from: string, to: string, mime: ImageMime): Promise<void> {
  // failOn "error" rather than sharp's default "warning": some phone cameras write JPEGs with
  // harmless warnings (extraneous bytes before a marker) that a citizen cannot fix, while
  // truncated or undecodable data still fails.
  const image = sharp(from, { failOn: "error", autoOrient: true }).resize({
    width: MAX_LONG_SIDE,
    height: MAX_LONG_SIDE,
    fit: "inside",
    withoutEnlargement: true,
  });
  // No withMetadata()/keepMetadata(): sharp then writes no EXIF, XMP, IPTC or ICC (colours
  // are converted to sRGB first), and autoOrient has already applied the EXIF orientation.
  const encoded = mime === "image/jpeg" ? image.jpeg({ quality: JPEG_QUALITY }) : image.png();
  try {
    await encoded.toFile(to);
  } catch {
    throw imageUnreadable();
  }
}
