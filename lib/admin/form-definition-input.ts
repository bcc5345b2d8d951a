// The e-form definition as an administrator types it (JSON in a textarea), checked against the
// one schema of lib/forms/definition.ts, with each problem located and said in Vietnamese.
import type { z } from "zod";
import { formDefinitionSchema, type FormDefinition } from "../forms/definition";

export type FormDefinitionResult = { ok: true; value: FormDefinition } | { ok: false; errors: string[] };

/** "sections[0].fields[2].name" — where the problem is, as the JSON reads. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(gốc)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "thiếu giá trị bắt buộc"
        : `sai kiểu dữ liệu, cần ${TYPE_NAME[issue.expected] ?? issue.expected}`;
    case "too_small":
      return issue.origin === "array"
        ? `cần ít nhất ${issue.minimum} phần tử`
        : issue.origin === "string"
          ? "không được để trống"
          : `phải lớn hơn ${issue.inclusive ? "hoặc bằng " : ""}${issue.minimum}`;
    case "too_big":
      return `vượt quá giới hạn ${issue.maximum}`;
    case "invalid_value":
      return `giá trị không hợp lệ, chỉ nhận: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex"
        ? "sai định dạng (tên trường bắt đầu bằng chữ cái, chỉ gồm chữ cái không dấu, chữ số và dấu _)"
        : "sai định dạng";
    case "unrecognized_keys":
      return `khóa không được hỗ trợ: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return "phải là số nguyên";
    default:
      return "giá trị không hợp lệ";
  }
}

const TYPE_NAME: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "true/false",
  array: "danh sách [...]",
  object: "đối tượng {...}",
  int: "số nguyên",
};

/** Checks the schema does not make: one answer per field name, and choices for a select. */
function semanticErrors(definition: FormDefinition): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  definition.sections.forEach((section, s) =>
    section.fields.forEach((field, f) => {
      const at = `sections[${s}].fields[${f}]`;
      if (seen.has(field.name))
        errors.push(`${at}.name: tên trường "${field.name}" bị trùng (mỗi trường cần một tên riêng).`);
      seen.add(field.name);
      if (field.type === "select" && (field.options?.length ?? 0) === 0)
        errors.push(`${at}.options: trường chọn (select) cần ít nhất một lựa chọn.`);
    }),
  );
  return errors;
}

export function parseFormDefinitionJson(text: string): FormDefinitionResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Nội dung không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`] };
  }
  // reportInput: zod 4 leaves the input out of issues by default, and describe() needs it to tell
  // a missing value from one of the wrong type.
  const parsed = formDefinitionSchema.safeParse(json, { reportInput: true });
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${issuePath(i.path)}: ${describe(i)}.`) };
  const errors = semanticErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}
