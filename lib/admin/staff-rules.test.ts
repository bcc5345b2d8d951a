import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../forms/field-errors";
import { grantRoleSchema } from "./staff-rules";

describe("granting a role: who and what", () => {
  const message = (person: string, role = "LEADER") =>
    grantRoleSchema.safeParse({ agencyId: "a", person, role }).error?.issues[0].message;
  it("takes a 12-digit personal ID or a name, and a known role", () => {
    expect(grantRoleSchema.parse({ agencyId: "a", person: " 072083300002 ", role: "ADMIN" }).person).toBe(
      "072083300002",
    );
    expect(message("Trịnh Thị Ngọc")).toBeUndefined();
    expect(message("07208330000")).toBe("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    expect(message("  ")).toBe("Vui lòng nhập số định danh cá nhân (12 chữ số) hoặc họ tên của cán bộ.");
    expect(message("Trịnh Thị Ngọc", "CITIZEN")).toBe("Vui lòng chọn vai trò.");
  });

  it("reports each problem on its field", () => {
    const parsed = grantRoleSchema.safeParse({ agencyId: "", person: "123", role: "X" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({
      agencyId: "Vui lòng chọn cơ quan.",
      person: "Số định danh cá nhân phải gồm đúng 12 chữ số.",
      role: "Vui lòng chọn vai trò.",
    });
  });
});
