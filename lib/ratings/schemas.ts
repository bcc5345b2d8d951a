// The evaluation form's schema, shared by the form, its server action and the command.
import { z } from "zod";
import { CITIZEN_INDICATORS, INDICATORS, type CitizenIndicatorCode, type IndicatorCode } from "./indicators";

// Radio inputs arrive as "0" | "1" | "2"; anything else (3, "2.0", "", a missing field) is refused.
const fromForm = (v: unknown) => (v === null ? undefined : typeof v === "string" && /^[012]$/.test(v) ? Number(v) : v);

function scoreSchema(position: number, title: string) {
  return z.preprocess(
    fromForm,
    z.literal([0, 1, 2], {
      error: (issue) =>
        issue.input === undefined
          ? `Vui lòng chọn mức đánh giá cho chỉ số ${position}: ${title}.`
          : `Mức đánh giá của chỉ số ${position} (${title}) không hợp lệ.`,
    }),
  );
}

// The citizen answers only the indicators asked of them (1, 2, 3, 4, 7); the others come from the
// system's data (./system-indicators.ts), so a form carrying them is refused.
const citizenShape = Object.fromEntries(
  CITIZEN_INDICATORS.map((i) => [i.code, scoreSchema(i.number, i.title)]),
) as Record<CitizenIndicatorCode, ReturnType<typeof scoreSchema>>;

/** A stored evaluation: all nine scores, the citizen's and the system's. */
export const storedScoresSchema = z.strictObject(
  Object.fromEntries(INDICATORS.map((i, n) => [i.code, scoreSchema(n + 1, i.title)])) as Record<
    IndicatorCode,
    ReturnType<typeof scoreSchema>
  >,
);

export const ratingInputSchema = z.object({
  scores: z.strictObject(citizenShape, {
    error: `Phiếu đánh giá không hợp lệ. Vui lòng đánh giá đủ ${CITIZEN_INDICATORS.length} chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm.`,
  }),
  comment: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : (v ?? undefined)),
    z.string().max(1000, "Ý kiến khác tối đa 1000 ký tự.").optional(),
  ),
});

export type RatingInput = z.input<typeof ratingInputSchema>;

/** Reads the evaluation form: one radio group per indicator, named after its code. */
export function ratingFormValues(formData: FormData) {
  return {
    scores: Object.fromEntries(CITIZEN_INDICATORS.map((i) => [i.code, formData.get(i.code)])),
    comment: formData.get("comment"),
  };
}
