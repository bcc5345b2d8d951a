import "server-only";

/** Prisma's unique-constraint error (P2002), e.g. two admins racing for the same code or date. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2002";
}
