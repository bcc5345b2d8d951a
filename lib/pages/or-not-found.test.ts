import { describe, expect, it } from "vitest";
import { AppError, notFound as notFoundError } from "../errors";
import { orNotFound } from "./or-not-found";

// next/navigation's notFound() throws an error whose digest Next reads to render the 404 page.
const NEXT_404_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;404";

describe("orNotFound", () => {
  it("passes the value through", async () => {
    await expect(orNotFound(Promise.resolve(42))).resolves.toBe(42);
  });

  it("turns a NOT_FOUND AppError into Next's 404", async () => {
    await expect(orNotFound(Promise.reject(notFoundError()))).rejects.toMatchObject({ digest: NEXT_404_DIGEST });
  });

  it("rethrows any other error unchanged", async () => {
    const forbidden = new AppError("FORBIDDEN", "Không có quyền.");
    await expect(orNotFound(Promise.reject(forbidden))).rejects.toBe(forbidden);
    const unexpected = new Error("boom");
    await expect(orNotFound(Promise.reject(unexpected))).rejects.toBe(unexpected);
  });
});
