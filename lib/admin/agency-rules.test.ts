import { describe, expect, it } from "vitest";
import { AGENCY_CODE, agencySchema } from "./agency-rules";

const valid = {
  code: "000.21.01.H80",
  name: "Ủy ban nhân dân phường Tân Ninh",
  shortName: "",
  address: "",
  phone: "",
  email: "",
  level: "COMMUNE",
  parentId: "",
  unitCode: "25459",
};
const firstMessage = (change: Record<string, unknown>) =>
  agencySchema.safeParse({ ...valid, ...change }).error?.issues[0].message;

describe("agency rules", () => {
  it.each([
    ["000.21.01.H80", true],
    ["000.00.13.H80", true],
    ["000.21.01.h80", false], // the schema upper-cases before checking; the bare pattern does not
    ["00.21.01.H80", false],
    ["000.21.01.H8", false],
    ["000.21.01.80", false],
    ["000-21-01-H80", false],
    [" 000.21.01.H80", false],
  ])("QCVN 102 code %s: %s", (code, ok) => expect(AGENCY_CODE.test(code)).toBe(ok));

  it("normalises the input: trimmed, code upper-cased, blanks to null, e-mail lower-cased", () => {
    expect(
      agencySchema.parse({
        ...valid,
        code: " 000.21.01.h80 ",
        email: " VP@TanNinh.gov.vn ",
        shortName: " UBND Tân Ninh ",
      }),
    ).toEqual({
      code: "000.21.01.H80",
      name: "Ủy ban nhân dân phường Tân Ninh",
      shortName: "UBND Tân Ninh",
      address: null,
      phone: null,
      email: "vp@tanninh.gov.vn",
      level: "COMMUNE",
      parentId: null,
      unitCode: "25459",
    });
  });

  it("refuses each bad field with its message", () => {
    expect(firstMessage({ code: "21.01.H80" })).toMatch(/^Mã cơ quan không đúng định dạng QCVN 102:2016/);
    expect(firstMessage({ name: "  " })).toBe("Vui lòng nhập tên cơ quan.");
    expect(firstMessage({ name: "x".repeat(301) })).toBe("Tên cơ quan tối đa 300 ký tự.");
    expect(firstMessage({ phone: "12ab" })).toMatch(/^Số điện thoại không hợp lệ/);
    expect(firstMessage({ email: "không-phải-email" })).toBe("Địa chỉ thư điện tử không hợp lệ.");
    expect(firstMessage({ level: "DISTRICT" })).toBe("Vui lòng chọn cấp của cơ quan (cấp tỉnh hoặc cấp xã).");
    expect(firstMessage({ unitCode: "" })).toBe("Vui lòng chọn đơn vị hành chính.");
  });
});
