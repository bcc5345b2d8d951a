import "server-only";
import type { z } from "zod";
import { controlCharacterIssues } from "../forms/control-characters";
import { problem, validationProblem } from "./problem";

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The JSON body checked by `schema`: 400 when it is not JSON, 422 listing each field otherwise. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.infer<S>>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return {
      ok: false,
      response: problem(400, "bad-json", "Nội dung yêu cầu phải là JSON hợp lệ (Content-Type: application/json)."),
    };
  }
  // Control characters anywhere in the body (lib/forms/control-characters.ts): 400, each field named.
  const control = controlCharacterIssues(raw);
  if (control.length)
    return {
      ok: false,
      response: problem(400, "control-characters", "Nội dung yêu cầu có ký tự điều khiển; không có gì được lưu.", {
        errors: control.map(({ path, message }) => ({ path: path.join(".") || "(body)", message })),
      }),
    };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationProblem(parsed.error) };
}

/** Query or path parameters checked by `schema` (422 on failure). */
export function parseParams<S extends z.ZodType>(values: Record<string, string>, schema: S): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: validationProblem(parsed.error, "Tham số không hợp lệ.") };
}

export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);
