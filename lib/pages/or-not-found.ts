import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "../errors";

/**
 * For pages: the value of `promise`, or Next's 404 page when it fails with a NOT_FOUND AppError.
 * Queries answer "not yours" with NOT_FOUND too, so a page never tells the two apart.
 * lib/errors.ts stays free of Next; this is where a domain error becomes a page outcome.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
