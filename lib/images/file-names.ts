// Names for files made on the device, readable by the officer and safe everywhere:
// ASCII, lower case, no spaces ("Giấy chứng sinh" → "giay-chung-sinh-anh-ghep.pdf").
import { toSearchText } from "../text/normalize";

const MAX_STEM = 60;

function slug(text: string): string {
  const s = toSearchText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= MAX_STEM) return s;
  // Component names can be whole sentences; cut at a word boundary.
  const cut = s.slice(0, MAX_STEM);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : MAX_STEM);
}

/** The PDF assembled from photos for one document component. */
export function assembledPdfName(componentName: string): string {
  return `${slug(componentName) || "giay-to"}-anh-ghep.pdf`;
}

/** A photo re-encoded as JPEG on the device keeps its name with a .jpg extension. */
export function jpegName(originalName: string): string {
  const stem = originalName.replace(/\.[^./\\]*$/, "").trim();
  return `${stem || "anh"}.jpg`;
}
