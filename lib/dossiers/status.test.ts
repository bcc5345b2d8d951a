import { describe, expect, it } from "vitest";
import { NATIONAL_STATUS_CODES } from "../notifications/national-status-codes";
import { STATUS_INFO } from "./status";

describe("national status codes", () => {
  it("every status but the draft has its own national code, in the order the outbox lists them", () => {
    const codes = Object.values(STATUS_INFO).map((s) => s.nationalCode);
    expect(codes).toEqual([null, ...NATIONAL_STATUS_CODES]);
    expect(STATUS_INFO.DRAFT.nationalCode).toBeNull();
  });
});
