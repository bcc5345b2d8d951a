// The steps of the online dossier wizard, derived from the procedure's e-form: one step per
// form section, then documents, result delivery, and check-and-submit. Safe for the browser.
import type { FormDefinition } from "../forms/definition";

export type WizardStep =
  | { kind: "section"; index: number; title: string }
  | { kind: "documents"; title: string }
  | { kind: "delivery"; title: string }
  | { kind: "review"; title: string };

export function wizardSteps(definition: FormDefinition): WizardStep[] {
  return [
    ...definition.sections.map((s, index) => ({ kind: "section" as const, index, title: s.title })),
    { kind: "documents", title: "Giấy tờ kèm theo" },
    { kind: "delivery", title: "Hình thức nhận kết quả" },
    { kind: "review", title: "Kiểm tra và nộp hồ sơ" },
  ];
}

/** The step number (1-based) from the URL, clamped to the steps that exist. */
export function stepFromParam(value: string | undefined, count: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= count ? n : 1;
}
