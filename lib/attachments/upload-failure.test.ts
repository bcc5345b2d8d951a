import { describe, expect, it } from "vitest";
import { describeFailure, resumeDelayMs, shouldRetryAutomatically } from "./upload-failure";

const SCANNER_DOWN = JSON.stringify({
  error: "Chưa kiểm tra được mã độc trong tệp nên tệp chưa được nhận. Vui lòng thử lại sau ít phút.",
  code: "SCANNER_UNAVAILABLE",
});

describe("what the page does with a failed upload", () => {
  it("waits for the network, with no message of its own, when no answer came or the browser is offline", () => {
    expect(describeFailure({ status: 0, body: "" }, true)).toEqual({ kind: "connection", message: "" });
    expect(describeFailure({ status: 502, body: "" }, false)).toEqual({ kind: "connection", message: "" });
  });

  it("shows the server's Vietnamese message when the scanner is unavailable, with 'Thử lại'", () => {
    expect(describeFailure({ status: 503, body: SCANNER_DOWN }, true)).toEqual({
      kind: "temporary",
      message: "Chưa kiểm tra được mã độc trong tệp nên tệp chưa được nhận. Vui lòng thử lại sau ít phút.",
    });
  });

  it("shows a refusal the same file would meet again, without 'Thử lại'", () => {
    const wrongType = JSON.stringify({
      error: "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.",
      code: "FILE_TYPE_NOT_ALLOWED",
    });
    expect(describeFailure({ status: 415, body: wrongType }, true)).toEqual({
      kind: "final",
      message: "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.",
    });
    expect(describeFailure({ status: 422, body: "<html>" }, true)).toEqual({
      kind: "final",
      message: "Tải tệp lên không thành công.",
    });
  });

  it("words a server error that sent no message itself", () => {
    expect(describeFailure({ status: 500, body: "Internal Server Error" }, true)).toEqual({
      kind: "temporary",
      message: "Máy chủ chưa nhận được tệp. Vui lòng thử lại sau ít phút.",
    });
  });
});

describe("tus-js-client's own retries", () => {
  it("retries lost requests and server errors while online", () => {
    expect(shouldRetryAutomatically({ status: 0, body: "" }, true)).toBe(true);
    expect(shouldRetryAutomatically({ status: 502, body: "" }, true)).toBe(true);
    expect(shouldRetryAutomatically({ status: 409, body: "" }, true)).toBe(true);
  });

  it("leaves an offline browser to the `online` event instead of spending the delays", () => {
    expect(shouldRetryAutomatically({ status: 0, body: "" }, false)).toBe(false);
  });

  it("does not send the whole file again when the scanner is unavailable, nor after a refusal", () => {
    expect(shouldRetryAutomatically({ status: 503, body: SCANNER_DOWN }, true)).toBe(false);
    expect(shouldRetryAutomatically({ status: 415, body: "{}" }, true)).toBe(false);
    expect(shouldRetryAutomatically({ status: 404, body: "{}" }, true)).toBe(false);
  });
});

describe("the page's own backoff after tus gives up on a weak network", () => {
  it("waits 15 s, 30 s, then every minute", () => {
    expect([0, 1, 2, 3, 10].map(resumeDelayMs)).toEqual([15_000, 30_000, 60_000, 60_000, 60_000]);
  });
});
