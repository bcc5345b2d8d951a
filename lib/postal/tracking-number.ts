// Tracking numbers in the UPU S10 format the Vietnamese public postal operator uses for
// registered items: two service letters, eight serial digits, a check digit, the country "VN".

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The S10 check digit of an eight-digit serial (UPU S10 §5.2). */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`Not an 8-digit serial: ${serial}`);
  const sum = [...serial].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export function formatTrackingNumber(prefix: string, serial: number): string {
  const digits = String(serial % 100_000_000).padStart(8, "0");
  return `${prefix}${digits}${s10CheckDigit(digits)}VN`;
}

/** Upper-cased and without spaces, as typed or scanned; null when it is not a valid S10 number. */
export function normalizeTrackingNumber(input: string): string | null {
  const t = input.replace(/\s+/g, "").toUpperCase();
  const m = /^([A-Z]{2})(\d{8})(\d)VN$/.exec(t);
  if (!m || s10CheckDigit(m[2]) !== Number(m[3])) return null;
  return t;
}
