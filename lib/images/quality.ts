// Whether a photo of a paper document is likely readable by the officer who receives it:
// too dark, or too few pixels. Decided on numbers only (the browser measures, see
// prepare-photo.ts), so the thresholds are unit-tested. The citizen is warned, never blocked.

export type PhotoIssue = "dark" | "small";

/**
 * Mean luma (0–255) below which a photo is "too dark". White paper photographed indoors in
 * normal light averages well above 120 even with a darker background around the page; under
 * 60 the text is usually lost in noise.
 */
export const DARK_BELOW = 60;

/** Short side (px) below which small print is hard to read: ~100 dpi across an A4 width. */
export const MIN_SHORT_SIDE = 800;

export const PHOTO_ISSUE_MESSAGES: Record<PhotoIssue, string> = {
  dark: "Ảnh quá tối, có thể không đọc được. Bạn nên chụp lại nơi đủ sáng.",
  small: "Ảnh có độ phân giải thấp, chữ có thể không đọc được. Bạn nên chụp gần hơn hoặc dùng ảnh rõ nét hơn.",
};

/**
 * Mean luma of RGBA pixels (as canvas getImageData gives them), with the Rec. 709 weights on
 * the gamma-encoded values: cheap, and close enough to perceived brightness for a threshold.
 */
export function meanLuminance(rgba: ArrayLike<number>): number {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 0;
  let sum = 0;
  for (let i = 0; i < pixels * 4; i += 4) sum += 0.2126 * rgba[i] + 0.7152 * rgba[i + 1] + 0.0722 * rgba[i + 2];
  return sum / pixels;
}

/** The issues of a photo, from its original size (before downscaling) and its mean luma. */
export function assessPhoto(photo: { width: number; height: number; luminance: number }): PhotoIssue[] {
  const issues: PhotoIssue[] = [];
  if (photo.luminance < DARK_BELOW) issues.push("dark");
  if (Math.min(photo.width, photo.height) < MIN_SHORT_SIDE) issues.push("small");
  return issues;
}
