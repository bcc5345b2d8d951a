import { describe, expect, it } from "vitest";
import { displayAnswer, displayIsoDate, isoFromTypedDate, storedAnswers, typedAnswers } from "./answer-display";

describe("isoFromTypedDate", () => {
  it("reads a date typed day first, as Vietnamese write it, into the stored ISO date", () => {
    expect(isoFromTypedDate("12/03/1994")).toBe("1994-03-12");
    expect(isoFromTypedDate(" 1/2/2026 ")).toBe("2026-02-01");
    expect(isoFromTypedDate("12.03.1994")).toBe("1994-03-12");
    expect(isoFromTypedDate("1994-03-12")).toBe("1994-03-12");
  });

  it("leaves what is not a real day as typed, for the date rule to refuse", () => {
    expect(isoFromTypedDate("31/02/2026")).toBe("31/02/2026");
    expect(isoFromTypedDate("03/1994")).toBe("03/1994");
    expect(isoFromTypedDate("")).toBe("");
  });
});

describe("displayAnswer", () => {
  it("writes a date dd/MM/yyyy, as the forms do", () => {
    expect(displayAnswer({ type: "date" }, "1994-03-12")).toBe("12/03/1994");
    expect(displayAnswer({ type: "date" }, "2026-01-02")).toBe("02/01/2026");
    // Not a stored date (an old answer): shown as it is rather than guessed at.
    expect(displayIsoDate("12/03/1994")).toBe("12/03/1994");
  });

  it("writes a choice by its label, and other answers as typed", () => {
    const field = {
      type: "select" as const,
      options: [
        { value: "ME", label: "Mẹ" },
        { value: "CHA", label: "Cha" },
      ],
    };
    expect(displayAnswer(field, "ME")).toBe("Mẹ");
    expect(displayAnswer({ type: "text" }, " Nguyễn Văn An ")).toBe("Nguyễn Văn An");
    expect(displayAnswer({ type: "text" }, undefined)).toBe("");
  });
});

describe("a form's inputs and what it stores", () => {
  const fields = [
    { name: "birth", label: "Ngày sinh", type: "date" as const, required: true },
    { name: "name", label: "Họ và tên", type: "text" as const, required: true },
  ];

  it("shows a stored date day first and stores what is typed as ISO, other answers untouched", () => {
    expect(typedAnswers(fields, { birth: "1994-03-12", name: "An" })).toEqual({ birth: "12/03/1994", name: "An" });
    expect(storedAnswers(fields, { birth: "12/03/1994", name: "An" })).toEqual({ birth: "1994-03-12", name: "An" });
    // A field not filled in yet is sent empty, as the server's schema expects.
    expect(storedAnswers(fields, {})).toEqual({ birth: "", name: "" });
  });
});
