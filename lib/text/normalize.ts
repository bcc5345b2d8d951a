// Search keys for Vietnamese text: "Đăng ký khai sinh" → "dang ky khai sinh".
// Pure and dependency-free so that the seed, the server and the browser share one rule;
// the same function must build stored keys (Procedure.nameSearch, Dossier.applicantNameSearch)
// and the user's query, or searches silently miss.

/** Lower case, without diacritics (đ → d), whitespace collapsed and trimmed. */
export function toSearchText(s: string): string {
  return (
    s
      // NFD splits "ế" into "e" + circumflex + acute; the marks are then dropped.
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      // đ/Đ are letters of their own, not e.g. "d" + a mark, so NFD leaves them alone.
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
  );
}
