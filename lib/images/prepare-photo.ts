// Browser only (canvas, createImageBitmap): a photo chosen or taken on the phone is decoded,
// turned upright, shrunk and re-encoded as JPEG before anything leaves the device. A 12 MP
// photo of 4–6 MB becomes a few hundred kB — minutes saved on a weak mobile network — and the
// EXIF (GPS position of the citizen's home) is gone, since a canvas carries pixels only.
// The server re-encodes again whatever arrives (lib/images/reencode.ts).
import { fitWithin, type Size } from "./fit";
import { assessPhoto, meanLuminance, type PhotoIssue } from "./quality";

/** Long side after shrinking: an A4 page at ~170 dpi, enough for printed text and stamps. */
export const PHOTO_MAX_LONG_SIDE = 2000;
const JPEG_QUALITY = 0.8;
/** Thumbnail long side: shown in the page list and measured for brightness. */
const THUMB_LONG_SIDE = 200;

export type PreparedPhoto = {
  /** The shrunk photo, JPEG. */
  jpeg: Blob;
  /** A small JPEG for the page list, so that the list does not decode full photos. */
  thumbnail: Blob;
  /** Size of the photo as taken, upright. */
  original: Size;
  issues: PhotoIssue[];
};

export const isPhoto = (file: File) => file.type === "image/jpeg" || file.type === "image/png";

/** Shrinks and re-encodes one photo, and tells whether it looks too dark or too small to read. */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const image = await decodeUpright(file);
  const original =
    "naturalWidth" in image
      ? { width: image.naturalWidth, height: image.naturalHeight }
      : { width: image.width, height: image.height };
  const canvases: HTMLCanvasElement[] = [];
  try {
    const full = draw(image, fitWithin(original, PHOTO_MAX_LONG_SIDE), canvases);
    const thumb = draw(full.canvas, fitWithin(original, THUMB_LONG_SIDE), canvases, { willReadFrequently: true });
    const luminance = meanLuminance(thumb.ctx.getImageData(0, 0, thumb.canvas.width, thumb.canvas.height).data);
    const [jpeg, thumbnail] = await Promise.all([toJpeg(full.canvas), toJpeg(thumb.canvas)]);
    return { jpeg, thumbnail, original, issues: assessPhoto({ ...original, luminance }) };
  } finally {
    if ("close" in image) image.close();
    canvases.forEach(release);
  }
}

/**
 * Decodes with the EXIF orientation applied: phones store most photos sideways plus a tag.
 * Where createImageBitmap or its options are missing (older Safari), an <img> is used, which
 * browsers draw upright by default (CSS image-orientation: from-image).
 */
async function decodeUpright(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === "function") {
    try {
      return await createImageBitmap(file, { imageOrientation: "from-image" });
    } catch {
      // fall through to <img>
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws `source` scaled to `size` on a new canvas, remembered in `made` to be released. */
function draw(
  source: CanvasImageSource,
  size: Size,
  made: HTMLCanvasElement[],
  options?: CanvasRenderingContext2DSettings,
) {
  const canvas = document.createElement("canvas");
  made.push(canvas);
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d", options);
  if (!ctx) throw new Error("Canvas 2D is not available");
  // A transparent PNG would turn black as JPEG: paper is white.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(source, 0, 0, size.width, size.height);
  return { canvas, ctx };
}

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("JPEG encoding failed"))),
      "image/jpeg",
      JPEG_QUALITY,
    ),
  );
}

/** Cheap phones run out of canvas memory (iOS: a fixed budget); give it back at once. */
function release(canvas: HTMLCanvasElement) {
  canvas.width = 0;
  canvas.height = 0;
}
