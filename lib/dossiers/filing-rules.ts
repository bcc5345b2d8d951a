import { AppError } from "../errors";
import { formDefinitionSchema } from "../forms/definition";
import { formSchemaFor, type FormAnswers } from "../forms/to-zod";
import type { ResultDelivery } from "../generated/prisma/enums";
import { assertDeliveryAllowed } from "./delivery-rules";

// "May this dossier be filed", pure: the same decision whichever way the dossier comes in —
// filed online by its applicant, handed over by another portal through the integration API, or
// received at the one-stop counter. Each way keeps its own words for the same refusal.

/** The three ways a dossier is filed. */
export type FilingRoute = "ONLINE" | "API" | "COUNTER";

/**
 * A component of the procedure. The declaration (tờ khai) whose content is the e-form is
 * `satisfiedByEForm`: the e-form, filled in online or keyed in at the counter and checked below,
 * is that paper, so it is never asked for as a file (issue 25). The flag is data on the component
 * (DocumentComponent.satisfiedByEForm), not a guess from its name, so every route reads the same.
 */
export type Paper = { id: string; name: string; satisfiedByEForm: boolean };

/**
 * The papers the applicant must hand in as a file (or on paper): the required components but the
 * declaration the e-form replaces. The one list of "which papers are required" for the wizard's
 * upload step and check-answers page, online submission, the integration API and the counter.
 */
export function papersToProvide<P extends Paper & { required: boolean }>(components: readonly P[]): P[] {
  return components.filter((c) => c.required && !c.satisfiedByEForm);
}
type FormIssue = { path: PropertyKey[]; message: string };

type FilingBase = {
  /** The procedure's e-form, as stored. */
  formDefinition: unknown;
  formData: unknown;
  /** The procedure's components, in the order the applicant is told of them: the required ones are checked. */
  components: readonly (Paper & { required: boolean })[];
  /** The components provided: a file, or (online and at the counter) the paper itself recorded with its summary. */
  providedPapers: readonly (string | null)[];
};

/** How the result is to come back, where the filing itself sets it (the API and the counter). */
type ResultReturn = {
  requiresPersonalPresence: boolean;
  resultDelivery: ResultDelivery;
  /** Whether there is an address to post the result to. */
  hasPostalAddress: boolean;
};

export type Filing =
  // Online, the delivery was checked when the applicant chose it in the wizard.
  | (FilingBase & { route: "ONLINE" })
  | (FilingBase & ResultReturn & { route: "COUNTER" })
  // Another portal names the components it sends: each must be one the procedure lists.
  | (FilingBase & ResultReturn & { route: "API"; procedureCode: string; listedPapers: ReadonlySet<string> });

const INVALID_FORM: Record<FilingRoute, (issue: FormIssue) => string> = {
  ONLINE: () => "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng kiểm tra lại tờ khai.",
  API: (issue) => {
    const field = issue.path.map(String).join(".");
    return `Tờ khai chưa hợp lệ: ${field ? `trường "${field}" — ` : ""}${issue.message}`;
  },
  COUNTER: () => "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng nhập và lưu tờ khai trước khi tiếp nhận.",
};

const MISSING_PAPERS: Record<FilingRoute, string> = {
  ONLINE: "Còn thiếu giấy tờ bắt buộc",
  API: "Còn thiếu giấy tờ bắt buộc",
  COUNTER: "Còn thiếu giấy tờ bắt buộc (chưa có bản quét hoặc ghi nhận nộp bản giấy)",
};

const NO_POSTAL_ADDRESS: Record<"API" | "COUNTER", string> = {
  API: "Cần địa chỉ của người nộp (applicant.address) để trả kết quả qua bưu chính.",
  COUNTER: "Cần địa chỉ của người nộp hồ sơ để trả kết quả qua bưu chính.",
};

/**
 * Refuses a dossier that may not be filed, in this order: a result by post that may not or cannot
 * be posted, an e-form that does not pass the procedure's own schema, a paper the procedure does
 * not list (API), a required component missing (never the declaration the e-form replaces).
 * Returns the validated answers (the API stores them).
 */
export function assertFileable(filing: Filing): FormAnswers {
  if (filing.route !== "ONLINE" && filing.resultDelivery === "POST") {
    assertDeliveryAllowed(filing, { resultByPost: true }, "AGENCY");
    if (!filing.hasPostalAddress) throw new AppError("INVALID_INPUT", NO_POSTAL_ADDRESS[filing.route]);
  }
  const form = formSchemaFor(formDefinitionSchema.parse(filing.formDefinition)).safeParse(filing.formData);
  if (!form.success) throw new AppError("INVALID_INPUT", INVALID_FORM[filing.route](form.error.issues[0]));
  if (filing.route === "API") {
    const unknown = filing.providedPapers.find((id) => id === null || !filing.listedPapers.has(id));
    if (unknown !== undefined)
      throw new AppError("INVALID_INPUT", `Thành phần hồ sơ "${unknown}" không thuộc thủ tục ${filing.procedureCode}.`);
  }
  const provided = new Set(filing.providedPapers);
  const missing = papersToProvide(filing.components).filter((c) => !provided.has(c.id));
  if (missing.length > 0) {
    throw new AppError(
      "MISSING_DOCUMENTS",
      `${MISSING_PAPERS[filing.route]}: ${missing.map((c) => c.name).join("; ")}.`,
    );
  }
  return form.data;
}
