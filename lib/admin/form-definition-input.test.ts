import { describe, expect, it } from "vitest";
import { issuePath, parseFormDefinitionJson } from "./form-definition-input";

const form = (fields: unknown[]) => JSON.stringify({ version: 1, sections: [{ title: "Người yêu cầu", fields }] });

describe("e-form definition typed by an administrator", () => {
  it("accepts a valid definition and fills the defaults", () => {
    const result = parseFormDefinitionJson(form([{ name: "hoTen", label: "Họ và tên", type: "text" }]));
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        sections: [
          { title: "Người yêu cầu", fields: [{ name: "hoTen", label: "Họ và tên", type: "text", required: false }] },
        ],
      },
    });
  });

  it("says where the JSON itself is broken", () => {
    const result = parseFormDefinitionJson('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^Nội dung không phải JSON hợp lệ: /);
  });

  it("locates each schema problem in Vietnamese", () => {
    const result = parseFormDefinitionJson(
      JSON.stringify({
        version: 2,
        sections: [{ title: "", fields: [{ name: "1x", label: "A", type: "color", required: "có" }] }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        "version: giá trị không hợp lệ, chỉ nhận: 1.",
        "sections[0].title: không được để trống.",
        "sections[0].fields[0].name: sai định dạng (tên trường bắt đầu bằng chữ cái, chỉ gồm chữ cái không dấu, chữ số và dấu _).",
        'sections[0].fields[0].type: giá trị không hợp lệ, chỉ nhận: "text", "textarea", "date", "number", "select", "personalId", "phone", "email".',
        "sections[0].fields[0].required: sai kiểu dữ liệu, cần true/false.",
      ],
    });
    expect(parseFormDefinitionJson(JSON.stringify({ version: 1 }))).toEqual({
      ok: false,
      errors: ["sections: thiếu giá trị bắt buộc."],
    });
    expect(parseFormDefinitionJson(JSON.stringify({ version: 1, sections: [] }))).toEqual({
      ok: false,
      errors: ["sections: cần ít nhất 1 phần tử."],
    });
  });

  it("refuses a field name used twice and a select without choices", () => {
    const result = parseFormDefinitionJson(
      form([
        { name: "hoTen", label: "Họ và tên", type: "text" },
        { name: "hoTen", label: "Tên khác", type: "text" },
        { name: "gioiTinh", label: "Giới tính", type: "select" },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'sections[0].fields[1].name: tên trường "hoTen" bị trùng (mỗi trường cần một tên riêng).',
        "sections[0].fields[2].options: trường chọn (select) cần ít nhất một lựa chọn.",
      ],
    });
  });

  it("writes paths as the JSON reads", () => {
    expect(issuePath([])).toBe("(gốc)");
    expect(issuePath(["sections", 0, "fields", 2, "name"])).toBe("sections[0].fields[2].name");
  });
});
