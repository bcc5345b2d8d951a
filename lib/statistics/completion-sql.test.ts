import { describe, expect, it } from "vitest";
import { handlerOf, processingHours } from "./completion-sql";

const at = (iso: string) => new Date(`${iso}+07:00`);

describe("the processing time of a result", () => {
  it("runs from the reception time to the result time", () => {
    // Received Mon 09:00, result Tue 21:00: 36 hours.
    expect(processingHours(at("2026-03-02T09:00:00"), at("2026-03-03T21:00:00"))).toBe(36);
  });

  it("is zero, never negative, for a result decided before the effective reception", () => {
    // Filed 18:00, counted as received at 07:00 the next morning, result at 19:00 the same evening.
    expect(processingHours(at("2026-03-03T07:00:00"), at("2026-03-02T19:00:00"))).toBe(0);
  });
});

describe("the officer who handled a dossier", () => {
  const e = (action: string, actorId: string, hour: number) => ({
    action,
    actorId,
    createdAt: at(`2026-03-02T${String(hour).padStart(2, "0")}:00:00`),
  });

  it("is the specialist who proposed the result, even when another was assigned", () => {
    expect(handlerOf({ assigneeId: "a", events: [e("PROPOSE_RESULT", "b", 10), e("PROPOSE_RESULT", "c", 9)] })).toBe(
      "b",
    );
  });

  it("is the assigned specialist before any proposal", () => {
    expect(handlerOf({ assigneeId: "a", events: [e("RECORD_VERIFICATION", "b", 10)] })).toBe("a");
  });

  it("is the specialist who last took a specialist's step when nobody was assigned", () => {
    expect(
      handlerOf({ assigneeId: null, events: [e("RECORD_VERIFICATION", "b", 9), e("REQUEST_OPINION", "c", 11)] }),
    ).toBe("c");
    expect(handlerOf({ assigneeId: null, events: [] })).toBeNull();
  });
});
