// Editors' working notes ("verify", "TODO", "(?)", …) belong in code comments. Published
// procedure texts reach citizens on the procedure page and on printed forms (Mẫu 01 cites the
// time and legal basis), so none of them may carry such a note.

const MARKERS: { label: string; pattern: RegExp }[] = [
  { label: "verify", pattern: /\bverify\b/i },
  { label: "unverified", pattern: /\bunverified\b/i },
  { label: "to check", pattern: /\bto ?check\b|\bcheck me\b/i },
  { label: "TODO", pattern: /\btodo\b/i },
  { label: "FIXME", pattern: /\bfixme\b/i },
  { label: "TBD", pattern: /\btbd\b/i },
  { label: "XXX", pattern: /\bxxx\b/i },
  { label: "(?)", pattern: /\(\s*\?+\s*\)|\?\?/ },
  { label: "placeholder", pattern: /\blorem\b|\bplaceholder\b/i },
  // A parenthesised note only: "trường hợp cần xác minh" is real procedure wording.
  { label: "(cần kiểm tra)", pattern: /\((cần|chưa) (kiểm tra|xác minh)[^)]*\)/i },
];

/** The internal markers found in a published text, e.g. ["verify"]; empty when clean. */
export function internalMarkers(text: string): string[] {
  return MARKERS.filter((m) => m.pattern.test(text)).map((m) => m.label);
}

/**
 * Every string inside a value (object, array or string), with the path it sits at, so a test
 * can report exactly which field carries a marker.
 */
export function stringsWithin(value: unknown, path = "$"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithin(v, `${path}[${i}]`));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => stringsWithin(v, `${path}.${k}`));
  }
  return [];
}

/** The strings of a value that carry an internal marker, as "path: markers — text". */
export function markedStrings(value: unknown): string[] {
  return stringsWithin(value).flatMap(({ path, text }) => {
    const found = internalMarkers(text);
    return found.length ? [`${path}: ${found.join(", ")} — ${text}`] : [];
  });
}
