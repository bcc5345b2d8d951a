import { describe, expect, it, vi } from "vitest";
import { AppError } from "./errors";

vi.mock("server-only", () => ({}));
const { errorResponse, fileHeaders, jsonResponse } = await import("./http");

// The routes that serve files are outside next.config.ts's policy for the API, so every answer
// they give carries its own Content-Security-Policy (issue: "every response has a CSP").
describe("the answers of the routes that serve files", () => {
  it("send an upload as a sandboxed download and a generated PDF to the viewer, never framed", () => {
    const upload = fileHeaders({
      fileName: "Giấy khai sinh.pdf",
      contentType: "application/pdf",
      size: 10,
      disposition: "attachment",
    });
    expect(upload["Content-Security-Policy"]).toBe("sandbox");
    expect(upload["Content-Disposition"]).toBe(
      `attachment; filename="Giay khai sinh.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh.pdf`,
    );
    const printed = fileHeaders({
      fileName: "mau-01.pdf",
      contentType: "application/pdf",
      size: 10,
      disposition: "print",
    });
    expect(printed["Content-Disposition"]).toMatch(/^inline;/);
    expect(printed["Content-Security-Policy"]).toBe("frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("give JSON, empty answers and errors the API's policy", async () => {
    for (const response of [
      jsonResponse({ id: "a" }, 201),
      jsonResponse(null, 204),
      errorResponse(new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.")),
    ])
      expect(response.headers.get("content-security-policy")).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
    const refused = errorResponse(new AppError("NOT_FOUND", "Không tìm thấy hồ sơ."));
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: "Không tìm thấy hồ sơ.", code: "NOT_FOUND" });
    expect(jsonResponse(null, 204).body).toBeNull();
  });
});
