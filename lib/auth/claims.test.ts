import { describe, expect, it } from "vitest";
import { parseBirthDate, toIdentityProfile } from "./claims";

describe("VNeID claims", () => {
  const claims = {
    sub: "vneid-072090000001",
    SoDinhDanh: "072090000001",
    HoVaTen: "Nguyễn Văn An",
    NgayThangNamSinh: "15/03/1990",
    SoDienThoai: "0912000001",
    ThuDienTu: "an@example.vn",
    ThuongTru: "Tây Ninh",
    loAs: ["LoA1", "LoA2"],
  };

  it("maps the national claims to a profile", () => {
    const p = toIdentityProfile(claims);
    expect(p).toMatchObject({
      personalId: "072090000001",
      fullName: "Nguyễn Văn An",
      phone: "0912000001",
      assuranceLevel: "LoA2",
    });
    expect(p.dateOfBirth?.toISOString().slice(0, 10)).toBe("1990-03-15");
    expect(p.businessCode).toBeNull();
  });

  it("refuses an ID that is not 12 digits", () => {
    expect(() => toIdentityProfile({ ...claims, SoDinhDanh: "12345" })).toThrow(/12 chữ số/);
  });

  it.each([
    ["15/03/1990", "1990-03-15"],
    ["1990-03-15", "1990-03-15"],
    ["31/02/1990", null],
    ["hôm qua", null],
    [null, null],
  ])("parses birth date %s", (input, expected) => {
    expect(parseBirthDate(input)?.toISOString().slice(0, 10) ?? null).toBe(expected);
  });
});
