import { describe, expect, it } from "vitest";
import { flowRuns, type Line, type Measure } from "./text-flow";

// Every character is 1 unit wide at size 1 (bold ones 2), so widths are easy to reason about.
const measure: Measure = (text, face, size) => Array.from(text).length * size * (face === "bold" ? 2 : 1);
const texts = (lines: Line[]) => lines.map((l) => l.segments.map((s) => s.text).join("|"));

describe("flowRuns", () => {
  it("breaks at spaces and never exceeds the width", () => {
    const lines = flowRuns([{ text: "Độc lập - Tự do - Hạnh phúc" }], { width: 12, size: 1, measure });
    expect(texts(lines)).toEqual(["Độc lập - Tự", "do - Hạnh", "phúc"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(12);
  });

  it("keeps styled runs that touch in one word and positions each segment", () => {
    const lines = flowRuns([{ text: "Mã hồ sơ: " }, { text: "H80-0001", face: "bold" }, { text: "." }], {
      width: 40,
      size: 1,
      measure,
    });
    expect(texts(lines)).toEqual(["Mã hồ sơ: |H80-0001|."]);
    expect(lines[0].segments.map((s) => s.x)).toEqual([0, 10, 26]);
  });

  it("moves a word made of several runs to the next line as a whole", () => {
    const lines = flowRuns([{ text: "Số: " }, { text: "12", face: "bold" }, { text: "/TNHS" }], {
      width: 9,
      size: 1,
      measure,
    });
    expect(texts(lines)).toEqual(["Số:", "12|/TNHS"]);
  });

  it("honours explicit line breaks, blank lines included, and collapses spaces", () => {
    const lines = flowRuns([{ text: "a.pdf\r\nb.pdf\n\nc   d" }], { width: 50, size: 1, measure });
    expect(texts(lines)).toEqual(["a.pdf", "b.pdf", "", "c d"]);
  });

  it("breaks a word longer than the line after - _ / . where it can, else by characters", () => {
    const lines = flowRuns([{ text: "giay-chung-sinh.jpg" }], { width: 11, size: 1, measure });
    expect(texts(lines)).toEqual(["giay-chung-", "sinh.jpg"]);
    expect(texts(flowRuns([{ text: "0123456789abc" }], { width: 5, size: 1, measure }))).toEqual([
      "01234",
      "56789",
      "abc",
    ]);
  });

  it("applies first-line and hanging indents", () => {
    const lines = flowRuns([{ text: "1. aaa bbb ccc" }], { width: 9, size: 1, measure, restIndent: 3 });
    expect(texts(lines)).toEqual(["1. aaa", "bbb", "ccc"]);
    expect(lines[1].segments[0].x).toBe(3);
  });

  it("writes decomposed Vietnamese (NFD) as precomposed letters (NFC)", () => {
    const nfd = "Nguyễn Thị Hồng Nhung".normalize("NFD");
    const [line] = flowRuns([{ text: nfd }], { width: 100, size: 1, measure });
    expect(line.segments[0].text).toBe("Nguyễn Thị Hồng Nhung".normalize("NFC"));
  });

  it("gives one empty line for empty text", () => {
    expect(flowRuns([{ text: "" }], { width: 10, size: 1, measure })).toEqual([{ segments: [], width: 0 }]);
  });
});
