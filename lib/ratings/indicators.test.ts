import { describe, expect, it } from "vitest";
import {
  averageTotal,
  classifyAgency,
  INDICATOR_CODES,
  INDICATORS,
  MAX_TOTAL,
  SCORES,
  totalScore,
  type Scores,
} from "./indicators";
import { ratingInputSchema } from "./schemas";

const all = (score: 0 | 1 | 2) => Object.fromEntries(INDICATOR_CODES.map((c) => [c, score])) as Scores;

describe("the nine indicators of TT 01/2018 Art. 13", () => {
  it("has nine indicators with distinct codes, a question and a label for each score", () => {
    expect(INDICATORS).toHaveLength(9);
    expect(new Set(INDICATOR_CODES).size).toBe(9);
    for (const i of INDICATORS) {
      expect(i.question.length).toBeGreaterThan(10);
      expect(SCORES.map((s) => i.labels[s].length > 0)).toEqual([true, true, true]);
    }
    expect(MAX_TOTAL).toBe(18);
  });

  it("totals the scores", () => {
    expect(totalScore(all(2))).toBe(18);
    expect(totalScore(all(0))).toBe(0);
    expect(totalScore({ ...all(1), TOTAL_TIME: 2, ONLINE: 0 })).toBe(9);
  });
});

describe("agency classification by average total", () => {
  it.each([
    [18, "EXCELLENT", "Xuất sắc"],
    [15, "EXCELLENT", "Xuất sắc"],
    [14.99, "GOOD", "Tốt"],
    [12, "GOOD", "Tốt"],
    [11.99, "FAIR", "Khá"],
    [9, "FAIR", "Khá"],
    [8.99, "AVERAGE", "Trung bình"],
    [6, "AVERAGE", "Trung bình"],
    [5.99, "WEAK", "Yếu"],
    [0, "WEAK", "Yếu"],
  ])("%s → %s", (average, code, label) => {
    expect(classifyAgency(average)).toEqual({ code, label });
  });

  it("refuses an average outside 0–18", () => {
    for (const bad of [-0.1, 18.1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => classifyAgency(bad)).toThrow(RangeError);
  });

  it("averages the dossiers' totals", () => {
    expect(averageTotal([])).toBeNull();
    expect(averageTotal([18, 12, 15])).toBe(15);
    expect(classifyAgency(averageTotal([18, 11])!).code).toBe("GOOD");
  });
});

describe("the evaluation form schema", () => {
  const form = Object.fromEntries(INDICATOR_CODES.map((c) => [c, "2"]));

  it("accepts every indicator scored 0, 1 or 2 (as the form sends them) and trims the comment", () => {
    expect(ratingInputSchema.parse({ scores: { ...form, ONLINE: "0", ATTITUDE: 1 }, comment: "  Tốt  " })).toEqual({
      scores: { ...all(2), ONLINE: 0, ATTITUDE: 1 },
      comment: "Tốt",
    });
    expect(ratingInputSchema.parse({ scores: form, comment: "   " }).comment).toBeUndefined();
  });

  it.each([
    [{ ...form, CONTACTS: undefined }, "Vui lòng chọn mức đánh giá cho chỉ số 3: Số lần phải liên hệ."],
    [{ ...form, CONTACTS: null }, "Vui lòng chọn mức đánh giá cho chỉ số 3: Số lần phải liên hệ."],
    [{ ...form, ONLINE: "3" }, "Mức đánh giá của chỉ số 9 (Dịch vụ công trực tuyến) không hợp lệ."],
    [{ ...form, ONLINE: 3 }, "Mức đánh giá của chỉ số 9 (Dịch vụ công trực tuyến) không hợp lệ."],
    [{ ...form, ONLINE: "1.0" }, "Mức đánh giá của chỉ số 9 (Dịch vụ công trực tuyến) không hợp lệ."],
    [{ ...form, ONLINE: -1 }, "Mức đánh giá của chỉ số 9 (Dịch vụ công trực tuyến) không hợp lệ."],
    [{ ...form, EXTRA: 2 }, "Phiếu đánh giá không hợp lệ. Vui lòng đánh giá đủ 9 chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm."],
  ])("refuses %o", (scores, message) => {
    const result = ratingInputSchema.safeParse({ scores });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });

  it("refuses a comment over 1000 characters", () => {
    expect(ratingInputSchema.safeParse({ scores: form, comment: "x".repeat(1001) }).error?.issues[0].message).toBe(
      "Ý kiến khác tối đa 1000 ký tự.",
    );
  });
});
