import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "./definition";
import { formSchemaFor } from "./to-zod";

const definition = formDefinitionSchema.parse({
  version: 1,
  sections: [
    {
      title: "Người yêu cầu",
      fields: [
        { name: "applicantName", label: "Họ và tên", type: "text", required: true, prefill: "fullName" },
        { name: "applicantId", label: "Số định danh", type: "personalId", required: true },
        { name: "phone", label: "Điện thoại", type: "phone" },
        { name: "gender", label: "Giới tính", type: "select", options: [{ value: "Nam", label: "Nam" }, { value: "Nữ", label: "Nữ" }] },
        { name: "birth", label: "Ngày sinh", type: "date", required: true },
      ],
    },
  ],
});
const schema = formSchemaFor(definition);
const valid = { applicantName: "Nguyễn Văn An", applicantId: "072090000001", phone: "", gender: "Nam", birth: "2026-01-02" };

describe("e-form schema", () => {
  it("accepts a complete answer", () => expect(schema.safeParse(valid).success).toBe(true));
  it.each([
    ["applicantName", "", "Vui lòng nhập thông tin này."],
    ["applicantId", "12345", "12 chữ số"],
    ["phone", "12345", "Số điện thoại"],
    ["gender", "Khác", "chọn một giá trị"],
    ["birth", "02/01/2026", "Ngày không hợp lệ"],
  ])("refuses %s = %j with a clear message", (field, value, message) => {
    const r = schema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toContain(message);
  });
});
