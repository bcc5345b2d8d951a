import "server-only";
import { doesCaseWork, type Actor } from "../auth/actor";
import { dayNumberFromIsoDate, instantAt } from "../text/vietnam-time";
import { AppError, notFound } from "../errors";
import { RECEIVING_UNIT } from "../legal-forms/mau-01-receipt";
import { MAU_06_TITLE, renderMau06TrackingBook } from "./mau-06-tracking-book";
import { listTrackingBook } from "./queries";
import { parseTrackingRange } from "./schemas";
import { trackingBookXlsx } from "./xlsx";

export type BookFormat = "pdf" | "xlsx";
const CONTENT_TYPE: Record<BookFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The tracking book of the actor's agencies for a range of days, as a PDF (Mẫu 06) or a spreadsheet. */
export async function trackingBookFile(
  actor: Actor,
  input: { from?: unknown; to?: unknown },
  format: BookFormat,
  now = new Date(),
) {
  // The agencies' register: case work only (not the post office, not an administrator).
  if (!doesCaseWork(actor)) throw notFound("Không tìm thấy trang.");
  const parsed = parseTrackingRange(input);
  if ("errors" in parsed) throw new AppError("INVALID_INPUT", Object.values(parsed.errors)[0]!);
  const { range } = parsed;
  const { agencies, rows, truncated } = await listTrackingBook(actor, range);
  if (truncated)
    throw new AppError("INVALID_INPUT", "Khoảng thời gian có quá nhiều hồ sơ: vui lòng chọn khoảng ngắn hơn.");
  const from = instantAt(dayNumberFromIsoDate(range.from), 12 * 60);
  const to = instantAt(dayNumberFromIsoDate(range.to), 12 * 60);
  const fileName = `so-theo-doi-ho-so-${range.from}-${range.to}.${format}`;
  const body =
    format === "pdf"
      ? await renderMau06TrackingBook({
          agency: { parentName: agencies.join("; "), name: RECEIVING_UNIT },
          from,
          to,
          printedAt: now,
          rows,
        })
      : await trackingBookXlsx(rows, { title: `${MAU_06_TITLE} ${range.from} - ${range.to}`, createdAt: now });
  return { body, fileName, contentType: CONTENT_TYPE[format] };
}
