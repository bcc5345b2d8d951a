// The applicant's details that the national e-ID (VNeID) vouches for — name, personal
// identification number, date of birth — are pre-filled into the e-form and cannot be changed
// there: the form shows them read-only, and the server stores the verified value whatever was
// sent, refusing a different one next to its field (issue 24, item 9). Without this, a citizen
// signed in as themself could file a dossier in someone else's name. Contact details and the
// address are pre-filled too, but stay editable: they change, and e-ID does not vouch for them.
// Safe for the browser (no server code).
import type { FormField, PrefillSource } from "./definition";

export const VERIFIED_SOURCES = ["fullName", "personalId", "dateOfBirth"] as const satisfies readonly PrefillSource[];

export const VERIFIED_FIELD_MESSAGE =
  "Thông tin này lấy từ định danh điện tử (VNeID) của người nộp và không sửa được trên biểu mẫu.";

/** What e-ID says of the applicant, by prefill source (an empty value vouches for nothing). */
export type VerifiedIdentity = Partial<Record<PrefillSource, string | null | undefined>>;

const isVerified = (source: PrefillSource | undefined): boolean =>
  (VERIFIED_SOURCES as readonly string[]).includes(source ?? "");

/** The fields whose value e-ID gives, with that value: field name → verified value. */
export function verifiedValues(fields: FormField[], identity: VerifiedIdentity): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = isVerified(field.prefill) ? identity[field.prefill!]?.trim() : undefined;
    if (value) values[field.name] = value;
  }
  return values;
}

/**
 * The answers with each verified field set to its verified value; a field sent with another
 * value is refused with VERIFIED_FIELD_MESSAGE. A field left out gets the verified value.
 */
export function withVerifiedIdentity<A extends Record<string, unknown>>(
  fields: FormField[],
  answers: A,
  identity: VerifiedIdentity,
): { answers: A; fieldErrors: Record<string, string> } {
  const verified = verifiedValues(fields, identity);
  const fieldErrors: Record<string, string> = {};
  for (const [name, value] of Object.entries(verified)) {
    const sent = answers[name];
    if (typeof sent === "string" && sent.trim() !== "" && sent.trim() !== value)
      fieldErrors[name] = VERIFIED_FIELD_MESSAGE;
  }
  return { answers: { ...answers, ...verified }, fieldErrors };
}
