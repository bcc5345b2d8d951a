import { describe, expect, it } from "vitest";
import { assertFileable, papersToProvide, type Filing } from "./filing-rules";

const formDefinition = {
  version: 1,
  sections: [
    {
      title: "Người nộp",
      fields: [
        { name: "fullName", label: "Họ và tên", type: "text", required: true },
        { name: "phone", label: "Số điện thoại", type: "phone" },
      ],
    },
  ],
};
// The declaration is the e-form itself (DocumentComponent.satisfiedByEForm); the others are papers.
const declaration = { id: "c-declaration", name: "Tờ khai", required: true, satisfiedByEForm: true };
const certificate = { id: "c-certificate", name: "Giấy chứng sinh", required: true, satisfiedByEForm: false };
const identity = { id: "c-identity", name: "Giấy tờ tùy thân", required: true, satisfiedByEForm: false };
const optional = { id: "c-optional", name: "Giấy chứng nhận kết hôn", required: false, satisfiedByEForm: false };

const online: Filing = {
  route: "ONLINE",
  formDefinition,
  formData: { fullName: "Nguyễn Văn An" },
  components: [declaration, certificate, identity, optional],
  providedPapers: ["c-certificate", "c-identity"],
};
const counter: Filing = {
  ...online,
  route: "COUNTER",
  requiresPersonalPresence: false,
  resultDelivery: "COUNTER",
  hasPostalAddress: false,
};
const api: Filing = {
  ...counter,
  route: "API",
  procedureCode: "1.001193",
  listedPapers: new Set(["c-declaration", "c-certificate", "c-identity", "c-optional"]),
};

function refusal(filing: Filing): { code: string; message: string } | null {
  try {
    assertFileable(filing);
    return null;
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    return { code, message };
  }
}

describe("assertFileable", () => {
  it("files a complete dossier on every route and returns the validated answers", () => {
    for (const filing of [online, counter, api])
      expect(assertFileable(filing)).toEqual({ fullName: "Nguyễn Văn An", phone: "" });
  });

  it("refuses an invalid e-form, in each route's words", () => {
    expect(refusal({ ...online, formData: {} })).toEqual({
      code: "INVALID_INPUT",
      message: "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng kiểm tra lại tờ khai.",
    });
    expect(refusal({ ...counter, formData: {} })).toEqual({
      code: "INVALID_INPUT",
      message: "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng nhập và lưu tờ khai trước khi tiếp nhận.",
    });
    // The API names the first field at fault.
    expect(refusal({ ...api, formData: { fullName: "An", phone: "123" } })).toEqual({
      code: "INVALID_INPUT",
      message: 'Tờ khai chưa hợp lệ: trường "phone" — Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).',
    });
  });

  it("refuses a missing required component, listing them all, in each route's words", () => {
    expect(refusal({ ...online, providedPapers: [] })).toEqual({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bắt buộc: Giấy chứng sinh; Giấy tờ tùy thân.",
    });
    expect(refusal({ ...api, providedPapers: ["c-optional"] })).toEqual({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bắt buộc: Giấy chứng sinh; Giấy tờ tùy thân.",
    });
    expect(refusal({ ...counter, providedPapers: ["c-identity", null] })).toEqual({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bắt buộc (chưa có bản quét hoặc ghi nhận nộp bản giấy): Giấy chứng sinh.",
    });
  });

  it("counts a component provided twice (a scan and the paper) once, and optional ones as extra", () => {
    expect(
      refusal({ ...online, providedPapers: ["c-identity", "c-identity", "c-certificate", "c-optional"] }),
    ).toBeNull();
  });

  it("refuses, through the API only, a paper the procedure does not list", () => {
    expect(refusal({ ...api, providedPapers: ["c-certificate", "c-identity", "c-other"] })).toEqual({
      code: "INVALID_INPUT",
      message: 'Thành phần hồ sơ "c-other" không thuộc thủ tục 1.001193.',
    });
    // Before the missing ones: the request is wrong, not incomplete.
    expect(refusal({ ...api, providedPapers: ["c-other"] })?.code).toBe("INVALID_INPUT");
  });

  it("refuses a result by post for a personal-presence procedure, or without an address, before the form", () => {
    const bad = { formData: {}, providedPapers: [] };
    expect(refusal({ ...counter, ...bad, resultDelivery: "POST", requiresPersonalPresence: true })).toEqual({
      code: "INVALID_INPUT",
      message: "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.",
    });
    expect(
      refusal({ ...api, ...bad, resultDelivery: "POST", requiresPersonalPresence: true, hasPostalAddress: true }),
    ).toEqual({
      code: "INVALID_INPUT",
      message: "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.",
    });
    expect(refusal({ ...counter, ...bad, resultDelivery: "POST" })).toEqual({
      code: "INVALID_INPUT",
      message: "Cần địa chỉ của người nộp hồ sơ để trả kết quả qua bưu chính.",
    });
    expect(refusal({ ...api, ...bad, resultDelivery: "POST" })).toEqual({
      code: "INVALID_INPUT",
      message: "Cần địa chỉ của người nộp (applicant.address) để trả kết quả qua bưu chính.",
    });
    expect(refusal({ ...counter, resultDelivery: "POST", hasPostalAddress: true })).toBeNull();
  });

  it("leaves other deliveries of a personal-presence procedure alone", () => {
    expect(refusal({ ...counter, requiresPersonalPresence: true, resultDelivery: "ELECTRONIC" })).toBeNull();
    expect(refusal({ ...api, requiresPersonalPresence: true, resultDelivery: "COUNTER" })).toBeNull();
  });

  it("never asks for the declaration the e-form replaces, on any route; a valid e-form is that paper", () => {
    for (const filing of [online, counter, api]) {
      expect(refusal({ ...filing, providedPapers: ["c-certificate", "c-identity"] })).toBeNull();
      // The e-form still has to be valid: without it the declaration is not there either.
      expect(refusal({ ...filing, formData: {} })?.code).toBe("INVALID_INPUT");
    }
    // The same paper not flagged (a procedure whose declaration is a paper of its own) is asked for.
    const paperDeclaration = { ...declaration, satisfiedByEForm: false };
    expect(refusal({ ...online, components: [paperDeclaration, certificate, identity] })).toEqual({
      code: "MISSING_DOCUMENTS",
      message: "Còn thiếu giấy tờ bắt buộc: Tờ khai.",
    });
  });
});

describe("papersToProvide", () => {
  it("lists the required papers in order, without the declaration the e-form replaces or optional ones", () => {
    expect(papersToProvide([declaration, certificate, identity, optional]).map((c) => c.name)).toEqual([
      "Giấy chứng sinh",
      "Giấy tờ tùy thân",
    ]);
  });
});
