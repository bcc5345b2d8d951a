// Dates and money as people in Vietnam read them, always in Asia/Ho_Chi_Minh. Dates go through the
// one formatter of lib/text/vietnamese-dates.ts, "dd/MM/yyyy" and "dd/MM/yyyy HH:mm" in both
// languages: Intl's dateStyle "short" wrote "5/3/26" on the phone.
import { numericDate, numericDateTime } from "@/lib/text/vietnamese-dates";

export const formatDateTime = (d: Date | null | undefined) => (d ? numericDateTime(d) : "—");
export const formatDate = (d: Date | null | undefined) => (d ? numericDate(d) : "—");
/** "8.000 đồng", as on bills and receipts (one formatter: lib/payments/money.ts), not Intl's "8.000 ₫". */
export { formatVnd } from "@/lib/payments/money";
export const formatBytes = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
