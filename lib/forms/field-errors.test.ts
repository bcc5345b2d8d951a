import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors";

describe("fieldErrorsOf", () => {
  it("keys a flat form's messages by the field's name, the first message of each field", () => {
    const schema = z.object({
      name: z.string().min(2, "Quá ngắn.").regex(/^\d+$/, "Chỉ gồm chữ số."),
      phone: z.string().min(1, "Vui lòng nhập."),
    });
    expect(fieldErrorsOf(schema.safeParse({ name: "a", phone: "" }).error!)).toEqual({
      name: "Quá ngắn.",
      phone: "Vui lòng nhập.",
    });
  });

  it("keys a nested field by its whole path and the whole input by '_'", () => {
    const steps = z
      .array(z.object({ name: z.string().min(1, "Vui lòng nhập tên bước.") }))
      .min(1, "Cần ít nhất một bước.");
    expect(fieldErrorsOf(z.object({ steps }).safeParse({ steps: [{ name: "x" }, { name: "" }] }).error!)).toEqual({
      "steps.1.name": "Vui lòng nhập tên bước.",
    });
    expect(fieldErrorsOf(steps.safeParse([]).error!)).toEqual({ _: "Cần ít nhất một bước." });
  });
});
