import { describe, expect, it } from "vitest";
import { assertDeliveryAllowed, isResultDelivery } from "./delivery-rules";

const inPerson = { requiresPersonalPresence: true };
const remote = { requiresPersonalPresence: false };

describe("isResultDelivery", () => {
  it("knows the three methods and nothing else", () => {
    expect(["COUNTER", "POST", "ELECTRONIC"].filter(isResultDelivery)).toEqual(["COUNTER", "POST", "ELECTRONIC"]);
    expect(["DRONE", "post", ""].filter(isResultDelivery)).toEqual([]);
  });
});

describe("assertDeliveryAllowed (no post when the applicant must attend in person)", () => {
  it("lets everything through for a procedure without personal presence", () => {
    for (const legs of [
      {},
      { resultByPost: true },
      { dossierByPost: true },
      { resultByPost: true, dossierByPost: true },
    ]) {
      expect(() => assertDeliveryAllowed(remote, legs, "APPLICANT")).not.toThrow();
      expect(() => assertDeliveryAllowed(remote, legs, "AGENCY")).not.toThrow();
    }
  });

  it("lets a personal-presence procedure through when nothing goes by post", () => {
    expect(() => assertDeliveryAllowed(inPerson, {}, "APPLICANT")).not.toThrow();
    expect(() =>
      assertDeliveryAllowed(inPerson, { resultByPost: false, dossierByPost: false }, "AGENCY"),
    ).not.toThrow();
  });

  it("refuses each leg by post, in the words of who is told", () => {
    const cases: [Parameters<typeof assertDeliveryAllowed>[1], "APPLICANT" | "AGENCY", string][] = [
      [
        { resultByPost: true },
        "APPLICANT",
        "Thủ tục này yêu cầu có mặt trực tiếp nên không nhận kết quả qua bưu chính.",
      ],
      [{ resultByPost: true }, "AGENCY", "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính."],
      [
        { dossierByPost: true },
        "APPLICANT",
        "Thủ tục này yêu cầu có mặt trực tiếp nên không gửi hồ sơ giấy qua bưu chính.",
      ],
      [
        { dossierByPost: true },
        "AGENCY",
        "Thủ tục này yêu cầu có mặt trực tiếp nên không tiếp nhận hồ sơ qua bưu chính.",
      ],
      // Both legs: the dossier's is named.
      [
        { dossierByPost: true, resultByPost: true },
        "APPLICANT",
        "Thủ tục này yêu cầu có mặt trực tiếp nên không gửi hồ sơ giấy qua bưu chính.",
      ],
    ];
    for (const [legs, speaker, message] of cases) {
      expect(() => assertDeliveryAllowed(inPerson, legs, speaker)).toThrow(
        expect.objectContaining({ code: "INVALID_INPUT", message }),
      );
    }
  });
});
