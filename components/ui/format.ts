// Dates and money as people in Vietnam read them, always in Asia/Ho_Chi_Minh.
const dateTime = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  dateStyle: "short",
  timeStyle: "short",
});
const date = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short" });
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });

export const formatDateTime = (d: Date | null | undefined) => (d ? dateTime.format(d) : "—");
export const formatDate = (d: Date | null | undefined) => (d ? date.format(d) : "—");
export const formatVnd = (n: number) => vnd.format(n);
export const formatBytes = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
