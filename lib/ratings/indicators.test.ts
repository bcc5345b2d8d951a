import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { plural } from "../i18n/locales";
import { vi } from "../i18n/vi";
import {
  averageTotal,
  CITIZEN_INDICATOR_CODES,
  CITIZEN_INDICATORS,
  classifyAgency,
  INDICATOR_CODES,
  INDICATORS,
  MAX_TOTAL,
  SCORES,
  SYSTEM_INDICATOR_CODES,
  totalScore,
  type Scores,
} from "./indicators";
import { ratingInputSchema } from "./schemas";
import { systemIndicatorScores, type SystemFacts } from "./system-indicators";

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

  it("asks the citizen indicators 1, 2, 3, 4 and 7 only; 5, 6, 8 and 9 come from system data (Art. 14(2)–(3))", () => {
    expect(CITIZEN_INDICATORS.map((i) => [i.number, i.code])).toEqual([
      [1, "TOTAL_TIME"],
      [2, "UNIT_TIME"],
      [3, "CONTACTS"],
      [4, "AGENCIES"],
      [7, "ATTITUDE"],
    ]);
    expect(SYSTEM_INDICATOR_CODES).toEqual(["ONE_STOP", "PUBLICITY", "FEEDBACK", "ONLINE"]);
  });

  it("scores indicator 3 by contacts (none 2, one 1, more 0) and 4 by other agencies (none 2)", () => {
    const [contacts, agencies] = [INDICATORS[2], INDICATORS[3]];
    expect(contacts.labels).toEqual({ 2: "Không phải liên hệ", 1: "1 lần", 0: "Từ 2 lần trở lên" });
    expect(agencies.labels[2]).toBe("Không phải liên hệ cơ quan, đơn vị nào khác");
    expect(en.dossier.indicators.CONTACTS.labels).toEqual({ 2: "None", 1: "Once", 0: "Twice or more" });
    expect(en.dossier.indicators.AGENCIES.labels[2]).toBe("No other agency or unit");
  });

  it("has every indicator's texts in English, and the form's in the user's language", () => {
    for (const code of INDICATOR_CODES) {
      const text = en.dossierForms.rating.indicators[code];
      expect(text.question).not.toBe(vi.dossierForms.rating.indicators[code].question);
      expect(SCORES.map((s) => text.labels[s].length > 0)).toEqual([true, true, true]);
    }
    expect(en.dossierForms.rating.indicators.TOTAL_TIME.question).toBe(
      "Total time taken to handle the procedure, compared with the time set by law",
    );
  });

  it("writes points in the singular for 1, in both languages", () => {
    expect(SCORES.map((n) => plural(en.dossierForms.rating.points, n))).toEqual(["2 points", "1 point", "0 points"]);
    expect(SCORES.map((n) => plural(vi.dossierForms.rating.points, n))).toEqual(["2 điểm", "1 điểm", "0 điểm"]);
    expect(plural(en.dossier.points, 1)).toBe("1 point");
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

describe("indicators 5, 6, 8 and 9 from system data", () => {
  const best: SystemFacts = {
    receivedAtOneStop: true,
    resultThroughOneStop: true,
    procedurePublished: true,
    procedureComplete: true,
    feedbackSent: 0,
    feedbackAnswered: 0,
    serviceLevel: "FULL_ONLINE",
  };
  it.each<[Partial<SystemFacts>, Record<string, number>]>([
    [{}, { ONE_STOP: 2, PUBLICITY: 2, FEEDBACK: 2, ONLINE: 2 }],
    [{ resultThroughOneStop: false }, { ONE_STOP: 1 }],
    [{ receivedAtOneStop: false, resultThroughOneStop: false }, { ONE_STOP: 0 }],
    [{ procedureComplete: false }, { PUBLICITY: 1 }],
    [{ procedurePublished: false }, { PUBLICITY: 0 }],
    [{ feedbackSent: 2, feedbackAnswered: 2 }, { FEEDBACK: 2 }],
    [{ feedbackSent: 2, feedbackAnswered: 1 }, { FEEDBACK: 1 }],
    [{ feedbackSent: 1, feedbackAnswered: 0 }, { FEEDBACK: 0 }],
    [{ serviceLevel: "PARTIAL_ONLINE" }, { ONLINE: 1 }],
    [{ serviceLevel: null }, { ONLINE: 0 }],
  ])("%o → %o", (facts, expected) => {
    expect(systemIndicatorScores({ ...best, ...facts })).toMatchObject(expected);
  });
});

describe("the evaluation form schema", () => {
  const form = Object.fromEntries(CITIZEN_INDICATOR_CODES.map((c) => [c, "2"]));

  it("accepts the five citizen's indicators scored 0, 1 or 2 (as the form sends them) and trims the comment", () => {
    expect(ratingInputSchema.parse({ scores: { ...form, AGENCIES: "0", ATTITUDE: 1 }, comment: "  Tốt  " })).toEqual({
      scores: { TOTAL_TIME: 2, UNIT_TIME: 2, CONTACTS: 2, AGENCIES: 0, ATTITUDE: 1 },
      comment: "Tốt",
    });
    expect(ratingInputSchema.parse({ scores: form, comment: "   " }).comment).toBeUndefined();
  });

  it.each([
    [{ ...form, CONTACTS: undefined }, "Vui lòng chọn mức đánh giá cho chỉ số 3: Số lần phải liên hệ."],
    [{ ...form, CONTACTS: null }, "Vui lòng chọn mức đánh giá cho chỉ số 3: Số lần phải liên hệ."],
    [{ ...form, ATTITUDE: "3" }, "Mức đánh giá của chỉ số 7 (Thái độ của cán bộ) không hợp lệ."],
    [{ ...form, ATTITUDE: 3 }, "Mức đánh giá của chỉ số 7 (Thái độ của cán bộ) không hợp lệ."],
    [{ ...form, ATTITUDE: "1.0" }, "Mức đánh giá của chỉ số 7 (Thái độ của cán bộ) không hợp lệ."],
    [{ ...form, ATTITUDE: -1 }, "Mức đánh giá của chỉ số 7 (Thái độ của cán bộ) không hợp lệ."],
    [{ ...form, EXTRA: 2 }, "Phiếu đánh giá không hợp lệ. Vui lòng đánh giá đủ 5 chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm."],
    [
      { ...form, ONLINE: 2 },
      "Phiếu đánh giá không hợp lệ. Vui lòng đánh giá đủ 5 chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm.",
    ],
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
