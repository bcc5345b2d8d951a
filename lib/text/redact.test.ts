import { describe, expect, it } from "vitest";
import { loggableError, redactPersonalData } from "./redact";

describe("personal data kept out of the logs", () => {
  it("masks ID numbers, e-mail addresses and phone numbers, and leaves codes and times", () => {
    expect(
      redactPersonalData(
        "550 5.1.1 <nguyen.van.an@example.vn>: unknown; CCCD 072090000001, CMND 123456789, ĐT 0912 345 678 / +84912345678",
      ),
    ).toBe("550 5.1.1 <[e-mail]>: unknown; CCCD [số định danh], CMND [số CMND], ĐT [số điện thoại] / [số điện thoại]");
    const kept = "Dossier 000.21.01.H80-261208-0001 at 2026-12-08T00:30:00Z, 42 rows, HTTP 500";
    expect(redactPersonalData(kept)).toBe(kept);
  });

  it("keeps where and what of a Prisma error, not the query it echoes", () => {
    const e = new Error(
      [
        "Invalid `prisma.user.create()` invocation in /app/lib/auth/options.ts:63:30",
        "",
        "{",
        '  data: { fullName: "Nguyễn Văn An", permanentAddress: "Số 1 đường 30/4, Tây Ninh", personalId: "072090000001" }',
        "}",
        "",
        "Argument `oidcSubject` is missing.",
      ].join("\n"),
    );
    e.name = "PrismaClientValidationError";
    const logged = loggableError(e);
    expect(logged).toMatch(
      /^PrismaClientValidationError: Invalid `prisma\.user\.create\(\)` invocation in .* … Argument `oidcSubject` is missing\.\n\s+at /,
    );
    expect(logged).not.toContain("Nguyễn Văn An");
    expect(logged).not.toContain("Tây Ninh");
    expect(logged).not.toContain("072090000001");
  });

  it("redacts other errors' messages and their causes, and names the code", () => {
    const e = Object.assign(new Error("No recipients: an@example.vn", { cause: new Error("for 0912345678") }), {
      code: "EENVELOPE",
    });
    const logged = loggableError(e);
    expect(logged).toMatch(/^Error \[EENVELOPE\]: No recipients: \[e-mail\]/);
    expect(logged).toContain("Caused by: Error: for [số điện thoại]");
    expect(loggableError("a string with 072090000001")).toBe("Non-error thrown: string");
  });
});
