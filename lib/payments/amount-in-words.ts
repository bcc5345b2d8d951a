// "Số tiền bằng chữ": receipts of fees write the amount in words as well as in figures (TT 32/2025/
// TT-BTC on receipts of fees and charges), so an altered figure shows. Read as Vietnamese
// accountants read it: "mười lăm", "hai mươi mốt", "hai mươi tư", "một trăm linh năm", and a
// group after a larger one in full ("một triệu không trăm linh năm nghìn"). A few lines, so no
// dependency (the npm packages for it are small and little used).

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const GROUP_NAMES = ["", "nghìn", "triệu"];

/** One group of three digits; `full` when a larger group comes before it (its hundreds are read even when 0). */
function readGroup(n: number, full: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h], "trăm");
  if (t === 0) {
    if (u > 0) words.push(...(words.length > 0 ? ["linh"] : []), DIGITS[u]);
  } else if (t === 1) {
    words.push("mười");
    if (u > 0) words.push(u === 5 ? "lăm" : DIGITS[u]);
  } else {
    words.push(DIGITS[t], "mươi");
    if (u > 0) words.push(u === 1 ? "mốt" : u === 4 ? "tư" : u === 5 ? "lăm" : DIGITS[u]);
  }
  return words;
}

/** The name of the i-th group of three digits from the right: "", nghìn, triệu, tỷ, nghìn tỷ… */
function groupName(i: number): string[] {
  const name = GROUP_NAMES[i % 3];
  return [...(name ? [name] : []), ...Array<string>(Math.floor(i / 3)).fill("tỷ")];
}

/** "Mười sáu nghìn đồng" for 16000: whole, non-negative đồng only. */
export function amountInWords(vnd: number): string {
  if (!Number.isSafeInteger(vnd) || vnd < 0) throw new RangeError(`Not an amount of VND: ${vnd}`);
  const groups: number[] = [];
  for (let rest = vnd; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...readGroup(groups[i], i < groups.length - 1), ...groupName(i));
  }
  const text = `${words.length > 0 ? words.join(" ") : "không"} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
