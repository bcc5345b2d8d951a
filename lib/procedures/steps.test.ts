import { describe, expect, it } from "vitest";
import { splitSteps } from "./steps";

describe("splitSteps", () => {
  it("splits on the 'Bước N:' lines and drops the numbers", () => {
    expect(splitSteps("Bước 1: Nộp hồ sơ.\nBước 2: Tiếp nhận.\nBước 3: Trả kết quả.")).toEqual({
      intro: "",
      steps: ["Nộp hồ sơ.", "Tiếp nhận.", "Trả kết quả."],
    });
  });

  it("keeps continuation lines with their step and text before the first step as intro", () => {
    expect(splitSteps("Trình tự:\r\nBước 1. Nộp hồ sơ\n- trực tiếp\n- trực tuyến\n  bước 2 : Xử lý")).toEqual({
      intro: "Trình tự:",
      steps: ["Nộp hồ sơ\n- trực tiếp\n- trực tuyến", "Xử lý"],
    });
  });

  it("returns the whole text as intro when there are no numbered steps", () => {
    expect(splitSteps("Nộp hồ sơ tại Bộ phận một cửa.")).toEqual({
      intro: "Nộp hồ sơ tại Bộ phận một cửa.",
      steps: [],
    });
  });

  it("does not take 'Bước' inside a sentence for a new step", () => {
    expect(splitSteps("Bước 1: Nộp hồ sơ như Bước 2: nêu").steps).toEqual(["Nộp hồ sơ như Bước 2: nêu"]);
  });

  it("skips empty steps", () => {
    expect(splitSteps("Bước 1:\nBước 2: Xử lý").steps).toEqual(["Xử lý"]);
  });
});
