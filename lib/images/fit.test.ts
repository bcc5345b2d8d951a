import { describe, expect, it } from "vitest";
import { A4, fitWithin, PAGE_MARGIN, placeOnA4 } from "./fit";

describe("fitWithin", () => {
  it.each([
    [{ width: 4000, height: 3000 }, 2000, { width: 2000, height: 1500 }],
    [{ width: 3000, height: 4000 }, 2000, { width: 1500, height: 2000 }],
    [{ width: 4032, height: 3024 }, 2000, { width: 2000, height: 1500 }],
    [{ width: 1200, height: 900 }, 2000, { width: 1200, height: 900 }], // never enlarged
    [{ width: 2000, height: 2000 }, 2000, { width: 2000, height: 2000 }],
    [{ width: 10000, height: 3 }, 2000, { width: 2000, height: 1 }], // at least one pixel
    [{ width: 4000, height: 3000 }, 200, { width: 200, height: 150 }],
  ])("fits %o within %i px", (size, max, expected) => {
    expect(fitWithin(size, max)).toEqual(expected);
  });
});

describe("placeOnA4", () => {
  const inside = (p: ReturnType<typeof placeOnA4>) => {
    expect(p.x).toBeGreaterThanOrEqual(PAGE_MARGIN - 1e-9);
    expect(p.y).toBeGreaterThanOrEqual(PAGE_MARGIN - 1e-9);
    expect(p.x + p.width).toBeLessThanOrEqual(p.page.width - PAGE_MARGIN + 1e-9);
    expect(p.y + p.height).toBeLessThanOrEqual(p.page.height - PAGE_MARGIN + 1e-9);
  };

  it("puts a portrait photo on a portrait page, full width, centred vertically", () => {
    const p = placeOnA4({ width: 1500, height: 2000 });
    expect(p.page).toEqual(A4);
    expect(p.width).toBeCloseTo(A4.width - 2 * PAGE_MARGIN);
    expect(p.width / p.height).toBeCloseTo(0.75);
    expect(p.y).toBeCloseTo((A4.height - p.height) / 2);
    inside(p);
  });

  it("turns the page for a landscape photo", () => {
    const p = placeOnA4({ width: 2000, height: 1500 });
    expect(p.page).toEqual({ width: A4.height, height: A4.width });
    expect(p.height).toBeCloseTo(A4.width - 2 * PAGE_MARGIN);
    expect(p.width / p.height).toBeCloseTo(4 / 3);
    inside(p);
  });

  it("enlarges a small photo to the page and fits a very tall one by its height", () => {
    const small = placeOnA4({ width: 300, height: 400 });
    expect(small.width).toBeCloseTo(A4.width - 2 * PAGE_MARGIN);
    const receipt = placeOnA4({ width: 500, height: 3000 });
    expect(receipt.height).toBeCloseTo(A4.height - 2 * PAGE_MARGIN);
    expect(receipt.x).toBeCloseTo((A4.width - receipt.width) / 2);
    inside(small);
    inside(receipt);
  });
});
