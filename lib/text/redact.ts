// What an unexpected error may write to the server log. Errors carry what the code was handling:
// a Prisma validation error prints the whole query it refused (names, ID numbers, addresses of
// the row), a mail server's refusal names the recipient. Logs are kept, copied and read by more
// people than the database (NĐ 13/2023/NĐ-CP Art. 26: minimum personal data), so the server logs
// the error's kind and place, never that content: the query dump is left out, and ID numbers,
// e-mail addresses and phone numbers that remain are masked.

const ID_NUMBER = /(?<!\d)\d{12}(?!\d)/g; // CCCD / số định danh cá nhân
const OLD_ID_NUMBER = /(?<!\d)\d{9}(?!\d)/g; // CMND
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PHONE = /(?<![\d+])(?:\+?84|0)(?:[ .-]?\d){9}(?!\d)/g; // Vietnamese numbers, 10 digits or +84

/** `text` with ID numbers, e-mail addresses and phone numbers masked. */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[e-mail]")
    .replace(PHONE, "[số điện thoại]")
    .replace(ID_NUMBER, "[số định danh]")
    .replace(OLD_ID_NUMBER, "[số CMND]");
}

/**
 * An error as the log may keep it: its name, its code when it has one, its message without the
 * arguments Prisma echoes (only the first and the last line: where, and what went wrong), and
 * its stack frames; then redacted.
 */
export function loggableError(e: unknown): string {
  if (!(e instanceof Error)) return redactPersonalData(`Non-error thrown: ${typeof e}`);
  const code = (e as { code?: unknown }).code;
  const lines = e.message.split("\n").filter((l) => l.trim());
  const message = e.name.startsWith("PrismaClient") && lines.length > 2 ? `${lines[0]} … ${lines.at(-1)}` : e.message;
  const frames = (e.stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 8)
    .join("\n");
  const cause = e.cause !== undefined ? `\nCaused by: ${loggableError(e.cause)}` : "";
  return redactPersonalData(
    `${e.name}${typeof code === "string" ? ` [${code}]` : ""}: ${message}${frames ? `\n${frames}` : ""}`,
  ).concat(cause);
}
