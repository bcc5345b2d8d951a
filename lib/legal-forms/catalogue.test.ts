import { describe, expect, it } from "vitest";
import { availableLegalForms } from "./catalogue";

const slugs = (receivedAt: Date | null, actions: string[], audience: "citizen" | "staff") =>
  availableLegalForms({ receivedAt, events: actions.map((action) => ({ action })) }, audience).map((f) => f.slug);

describe("the legal forms a dossier page lists", () => {
  it("lists only the forms that exist for the dossier", () => {
    expect(slugs(null, ["SUBMIT"], "staff")).toEqual([]);
    expect(slugs(null, ["SUBMIT", "REQUEST_SUPPLEMENT"], "citizen")).toEqual(["mau-02"]);
    expect(slugs(null, ["SUBMIT", "REFUSE_RECEPTION"], "citizen")).toEqual(["mau-03"]);
    const received = new Date("2026-03-05T02:00:00Z");
    expect(slugs(received, ["SUBMIT", "RECEIVE", "STOP"], "staff")).toEqual(["mau-01", "mau-05", "dung-xu-ly"]);
    expect(slugs(received, ["RECEIVE", "APPROVE", "RETURN_RESULT"], "staff")).toEqual([
      "mau-01",
      "mau-05",
      "giao-ket-qua",
    ]);
  });

  it("keeps the agencies' processing control slip (Mẫu 05) off the applicant's page", () => {
    const received = new Date("2026-03-05T02:00:00Z");
    expect(
      slugs(
        received,
        ["RECEIVE", "REQUEST_SUPPLEMENT_IN_PROCESSING", "REFUSE_AFTER_REVIEW", "RETURN_RESULT"],
        "citizen",
      ),
    ).toEqual(["mau-01", "mau-02", "mau-03", "giao-ket-qua"]);
  });
});
