import { describe, expect, it } from "vitest";
import { assessPhoto, DARK_BELOW, meanLuminance, MIN_SHORT_SIDE, PHOTO_ISSUE_MESSAGES } from "./quality";

/** RGBA pixels of one colour, as canvas getImageData gives them. */
const pixels = (n: number, [r, g, b]: [number, number, number]) =>
  Uint8ClampedArray.from({ length: n * 4 }, (_, i) => [r, g, b, 255][i % 4]);

describe("meanLuminance", () => {
  it.each([
    ["white", [255, 255, 255], 255],
    ["black", [0, 0, 0], 0],
    ["pure green, weighted most", [0, 255, 0], 0.7152 * 255],
    ["pure blue, weighted least", [0, 0, 255], 0.0722 * 255],
  ] as const)("%s", (_name, rgb, expected) => {
    expect(meanLuminance(pixels(10, [...rgb]))).toBeCloseTo(expected);
  });

  it("averages over pixels and ignores alpha", () => {
    const half = new Uint8ClampedArray([255, 255, 255, 0, 0, 0, 0, 255]);
    expect(meanLuminance(half)).toBeCloseTo(127.5);
  });

  it("is 0 for no pixels", () => {
    expect(meanLuminance([])).toBe(0);
  });
});

describe("assessPhoto", () => {
  const good = { width: 3000, height: 4000, luminance: 160 };

  it.each([
    ["a bright 12 MP photo", good, []],
    ["a photo in a dim room", { ...good, luminance: 35 }, ["dark"]],
    ["just at the brightness threshold", { ...good, luminance: DARK_BELOW }, []],
    ["just under it", { ...good, luminance: DARK_BELOW - 0.1 }, ["dark"]],
    ["a thumbnail-sized image", { width: 640, height: 480, luminance: 200 }, ["small"]],
    ["a short side of exactly the minimum", { width: MIN_SHORT_SIDE, height: 1200, luminance: 200 }, []],
    ["a landscape one pixel short", { width: 1600, height: MIN_SHORT_SIDE - 1, luminance: 200 }, ["small"]],
    ["dark and small", { width: 400, height: 300, luminance: 10 }, ["dark", "small"]],
  ])("%s", (_name, photo, issues) => {
    expect(assessPhoto(photo)).toEqual(issues);
  });

  it("has the Vietnamese message shown to the citizen for each issue", () => {
    expect(PHOTO_ISSUE_MESSAGES.dark).toBe("Ảnh quá tối, có thể không đọc được. Bạn nên chụp lại nơi đủ sáng.");
    expect(PHOTO_ISSUE_MESSAGES.small).toMatch(/^Ảnh có độ phân giải thấp/);
  });
});
