import { describe, expect, it } from "vitest";
import { assembledPdfName, jpegName } from "./file-names";

describe("assembledPdfName", () => {
  it.each([
    ["Giấy chứng sinh", "giay-chung-sinh-anh-ghep.pdf"],
    ["Đơn đề nghị (Mẫu 01)", "don-de-nghi-mau-01-anh-ghep.pdf"],
    ["  ", "giay-to-anh-ghep.pdf"],
    [
      "Bản chính Giấy chứng sinh; trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng",
      "ban-chinh-giay-chung-sinh-truong-hop-khong-co-giay-chung-anh-ghep.pdf",
    ],
  ])("%s → %s", (name, expected) => {
    expect(assembledPdfName(name)).toBe(expected);
  });
});

describe("jpegName", () => {
  it.each([
    ["IMG_20260312_101500.PNG", "IMG_20260312_101500.jpg"],
    ["giấy tờ.jpeg", "giấy tờ.jpg"],
    ["anh.chup.png", "anh.chup.jpg"],
    ["khong-duoi", "khong-duoi.jpg"],
    [".png", "anh.jpg"],
  ])("%s → %s", (name, expected) => {
    expect(jpegName(name)).toBe(expected);
  });
});
