import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../deadlines";
import { canFollow, isLate, shouldReturnToAgency } from "./shipment-rules";
import { formatTrackingNumber, normalizeTrackingNumber, s10CheckDigit } from "./tracking-number";

const vn = (iso: string) => new Date(`${iso}+07:00`);
const calendar = createWorkingCalendar([{ date: "2026-12-09", kind: "HOLIDAY" }]);

describe("S10 tracking numbers", () => {
  it("computes the UPU check digit and refuses a mistyped number", () => {
    // 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    expect(s10CheckDigit("47312482")).toBe(9);
    // Remainder 1 gives 10, written 0; remainder 0 gives 11, written 5.
    expect(s10CheckDigit("00000011")).toBe(11 - ((1 * 9 + 1 * 7) % 11));
    expect(s10CheckDigit("00000000")).toBe(5);
    expect(formatTrackingNumber("RR", 47312482)).toBe("RR473124829VN");
    expect(normalizeTrackingNumber(" rr 4731 2482 9vn ")).toBe("RR473124829VN");
    expect(normalizeTrackingNumber("RR473124828VN")).toBeNull();
    expect(normalizeTrackingNumber("RR47312482VN")).toBeNull();
  });
});

describe("shipment rules", () => {
  it("orders the events per direction", () => {
    expect(canFollow("RESULT_TO_CITIZEN", "CREATED", "PICKED_UP")).toBe(true);
    expect(canFollow("RESULT_TO_CITIZEN", "CREATED", "DELIVERED")).toBe(false);
    expect(canFollow("RESULT_TO_CITIZEN", "DELIVERED", "FAILED_ATTEMPT")).toBe(false);
    expect(canFollow("DOSSIER_TO_AGENCY", "PICKED_UP", "DELIVERED")).toBe(false);
    expect(canFollow("DOSSIER_TO_AGENCY", "PICKED_UP", "HANDED_TO_AGENCY")).toBe(true);
  });

  it("returns after two failed attempts at least 2 working days apart, counting the calendar", () => {
    expect(shouldReturnToAgency([vn("2026-12-07T10:00:00")], calendar)).toBe(false);
    expect(shouldReturnToAgency([vn("2026-12-07T10:00:00"), vn("2026-12-08T16:00:00")], calendar)).toBe(false);
    // 9 December is a holiday here: Monday to Thursday is 2 working days.
    expect(shouldReturnToAgency([vn("2026-12-10T09:00:00"), vn("2026-12-07T10:00:00")], calendar)).toBe(true);
    expect(shouldReturnToAgency([vn("2026-12-07T10:00:00"), vn("2026-12-09T10:00:00")], calendar)).toBe(false);
  });

  it("flags a shipment not delivered by its target", () => {
    const targetAt = vn("2026-12-08T17:00:00");
    expect(isLate({ targetAt, deliveredAt: null }, vn("2026-12-08T16:00:00"))).toBe(false);
    expect(isLate({ targetAt, deliveredAt: null }, vn("2026-12-09T08:00:00"))).toBe(true);
    expect(isLate({ targetAt, deliveredAt: vn("2026-12-08T10:00:00") }, vn("2026-12-20T08:00:00"))).toBe(false);
    expect(isLate({ targetAt: null, deliveredAt: null }, vn("2027-01-20T08:00:00"))).toBe(false);
  });
});
