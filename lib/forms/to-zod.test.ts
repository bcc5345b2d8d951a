import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "./definition";
import { formSchemaFor } from "./to-zod";
import { checkAnswer } from "./rules";

const definition = formDefinitionSchema.parse({
  version: 1,
  sections: [
    {
      title: "Người yêu cầu",
      fields: [
        { name: "applicantName", label: "Họ và tên", type: "text", required: true, prefill: "fullName" },
        { name: "applicantId", label: "Số định danh", type: "personalId", required: true },
        { name: "phone", label: "Điện thoại", type: "phone" },
        {
          name: "gender",
          label: "Giới tính",
          type: "select",
          options: [
            { value: "Nam", label: "Nam" },
            { value: "Nữ", label: "Nữ" },
          ],
        },
        { name: "birth", label: "Ngày sinh", type: "date", required: true },
      ],
    },
  ],
});
const schema = formSchemaFor(definition);
const valid = {
  applicantName: "Nguyễn Văn An",
  applicantId: "072090000001",
  phone: "",
  gender: "Nam",
  birth: "2026-01-02",
};

describe("e-form schema", () => {
  it("accepts a complete answer", () => expect(schema.safeParse(valid).success).toBe(true));
  it.each([
    ["applicantName", "", "Vui lòng nhập thông tin này."],
    ["applicantId", "12345", "12 chữ số"],
    ["phone", "12345", "Số điện thoại"],
    ["gender", "Khác", "chọn một giá trị"],
    ["birth", "02/01/2026", "Ngày không hợp lệ"],
    [
      "applicantName",
      "Nguyễn\u0000An",
      "Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); vui lòng nhập lại.",
    ],
    ["gender", "Nam\u007f", "Nội dung có ký tự điều khiển không hợp lệ"],
  ])("refuses %s = %j with a clear message", (field, value, message) => {
    const r = schema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toContain(message);
  });
});

describe("control characters", () => {
  it("refuses NUL, the other C0 codes and DEL, but keeps tabs and line breaks", () => {
    for (const c of ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f"]) {
      expect(schema.safeParse({ ...valid, applicantName: `Nguyễn${c}An` }).success, JSON.stringify(c)).toBe(false);
    }
    for (const c of ["\t", "\n", "\r\n"]) {
      expect(schema.safeParse({ ...valid, applicantName: `Nguyễn${c}An` }).success, JSON.stringify(c)).toBe(true);
    }
  });
});

describe("built schemas are kept per definition", () => {
  it("gives the same schema for the same definition, even as another object", () => {
    expect(formSchemaFor(structuredClone(definition))).toBe(schema);
  });
  it("builds a new one when the definition changes", () => {
    const edited = structuredClone(definition);
    edited.sections[0].fields[2].required = true;
    const changed = formSchemaFor(edited);
    expect(changed).not.toBe(schema);
    expect(changed.safeParse(valid).success).toBe(false); // phone is now required
    expect(schema.safeParse(valid).success).toBe(true);
  });
});

describe("browser rules and server schema agree", () => {
  const fields = definition.sections[0].fields;
  const samples = [
    "",
    "  ",
    "Nguyễn Văn An",
    "072090000001",
    "12345",
    "0912345678",
    "abc",
    "Nam",
    "Khác",
    "2026-01-02",
    "02/01/2026",
    "x".repeat(2001),
    "Nguyễn\u0000Văn An",
    "12\u0000345",
    "Nam\u001f",
    "dòng 1\ndòng 2",
  ];
  for (const field of fields) {
    for (const value of samples) {
      it(`${field.name} = ${JSON.stringify(value.slice(0, 20))}`, () => {
        const server = formSchemaFor({ version: 1, sections: [{ title: "t", fields: [field] }] }).safeParse({
          [field.name]: value,
        });
        const serverMessage = server.success ? null : server.error.issues[0].message;
        expect(checkAnswer(field, value)).toBe(serverMessage);
      });
    }
  }
});
