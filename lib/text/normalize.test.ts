import { describe, expect, it } from "vitest";
import { toSearchText } from "./normalize";

describe("toSearchText", () => {
  it.each([
    ["Đăng ký khai sinh", "dang ky khai sinh"],
    ["ĐĂNG KÝ KẾT HÔN", "dang ky ket hon"],
    ["Cấp giấy phép xây dựng nhà ở riêng lẻ", "cap giay phep xay dung nha o rieng le"],
    ["Thủ tục hành chính", "thu tuc hanh chinh"],
    ["Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"],
    ["  Sở   Tư pháp\t", "so tu phap"],
    ["Hoà / Hòa", "hoa / hoa"],
    ["1.001193", "1.001193"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(toSearchText(input)).toBe(expected);
  });

  it("treats precomposed and decomposed input alike", () => {
    const precomposed = "Trường".normalize("NFC");
    const decomposed = "Trường".normalize("NFD");
    expect(toSearchText(decomposed)).toBe(toSearchText(precomposed));
  });

  it("is idempotent", () => {
    const once = toSearchText("Chứng thực bản sao từ bản chính");
    expect(toSearchText(once)).toBe(once);
  });
});
