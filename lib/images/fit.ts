// Size maths for photos of paper documents, shared by the browser (downscaling before upload,
// laying photos out as PDF pages) and its tests. Pure: numbers in, numbers out.

export type Size = { width: number; height: number };

/**
 * The largest size with the same proportions whose long side is at most `maxLongSide`.
 * Never enlarges (more pixels would add bytes, not detail); whole pixels, at least 1.
 */
export function fitWithin(size: Size, maxLongSide: number): Size {
  const scale = Math.min(1, maxLongSide / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** ISO A4 in PDF points (1/72 inch): 210 × 297 mm. */
export const A4: Size = { width: 595.28, height: 841.89 };
/** White border around each photo, in points (about 8 mm), so printers do not clip it. */
export const PAGE_MARGIN = 24;

export type Placement = { page: Size; x: number; y: number; width: number; height: number };

/**
 * One photo on one A4 page: portrait or landscape to follow the photo, the photo scaled (up or
 * down) to fit inside the margins without distortion, centred. x/y are from the bottom left,
 * as PDF draws.
 */
export function placeOnA4(image: Size, margin = PAGE_MARGIN): Placement {
  const landscape = image.width > image.height;
  const page = landscape ? { width: A4.height, height: A4.width } : A4;
  const scale = Math.min((page.width - 2 * margin) / image.width, (page.height - 2 * margin) / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  return { page, x: (page.width - width) / 2, y: (page.height - height) / 2, width, height };
}
