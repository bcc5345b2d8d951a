import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTERS_MESSAGE as M, controlCharacterIssues, formDataIssues } from "./control-characters";

describe("control characters in submitted text", () => {
  it("finds each string holding one, by its path, in objects and arrays", () => {
    const body = {
      applicant: { fullName: "Trần\u0000Văn A", phone: "0912345678" },
      documents: [{ fileName: "a.pdf" }, { fileName: "b\u001f.pdf" }],
      note: "Dòng một\r\n\tDòng hai",
      count: 3,
    };
    expect(controlCharacterIssues(body)).toEqual([
      { path: ["applicant", "fullName"], message: M },
      { path: ["documents", 1, "fileName"], message: M },
    ]);
  });

  it("refuses DEL and the C0 codes but keeps tab, line feed and carriage return", () => {
    for (const c of ["\u0000", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f"])
      expect(controlCharacterIssues(`a${c}b`), JSON.stringify(c)).toHaveLength(1);
    expect(controlCharacterIssues("a\tb\nc\rd")).toEqual([]);
  });

  it("walks a form's text fields, every value of a repeated name, and skips files and React's own fields", () => {
    const fd = new FormData();
    fd.append("componentId", "c1");
    fd.append("componentId", "c2\u0000");
    fd.append("$ACTION_ID_abc", "\u0000");
    fd.append("file", new File(["\u0000\u0001"], "x.bin"));
    expect(formDataIssues(fd)).toEqual([{ path: ["componentId"], message: M }]);
  });

  it("leaves files and other objects of a parsed input alone", () => {
    expect(controlCharacterIssues({ file: new File(["\u0000"], "x"), at: new Date(0) })).toEqual([]);
  });
});
