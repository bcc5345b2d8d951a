import "server-only";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import { recordAdminChange, securityTarget } from "../../security-log/record";
import { AppError } from "../../errors";
import {
  CALENDAR_KIND_LABEL,
  calendarDaySchema,
  formatIsoDate,
  isRealIsoDate,
  weekdayRuleViolation,
} from "../calendar-rules";
import { fieldError, parseAdminInput, type FormInput } from "../../forms/input-error";
import { isUniqueViolation } from "../../db/unique-violation";

/** A calendar date as the UTC midnight Prisma writes to a @db.Date column. */
export const calendarDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const taken = (date: string, kind: keyof typeof CALENDAR_KIND_LABEL, name: string) =>
  fieldError(
    "date",
    `Ngày ${formatIsoDate(date)} đã có trong bảng (${CALENDAR_KIND_LABEL[kind].toLowerCase()}: ${name}). Một ngày chỉ là ngày nghỉ lễ hoặc ngày làm bù, không thể là cả hai: hãy sửa dòng đã có.`,
  );

/**
 * Adds a day off or a make-up working day (province administrators: the calendar is
 * province-wide), or edits the row of `originalDate` (its date, kind or name). The date is the
 * table's key, so a date is never both a holiday and a make-up day. The deadline calculator reads
 * the table afresh each time (lib/deadlines/load-calendar.ts has no cache): a change applies to
 * every deadline computed afterwards; deadlines already fixed on dossiers are not recomputed.
 */
export async function saveCalendarDay(actor: Actor, input: FormInput, originalDate?: string): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      // Who acts is checked first: a non-administrator learns nothing, not even about the input.
      await requireProvinceAdmin(actor, tx);
      requireRecentAuth(actor);
      const day = parseAdminInput(calendarDaySchema, input);
      const weekday = weekdayRuleViolation(day.date, day.kind);
      if (weekday) throw fieldError("kind", weekday);
      if (originalDate !== undefined && !isRealIsoDate(originalDate))
        throw new AppError("NOT_FOUND", "Không tìm thấy ngày cần sửa.");
      const existing = await tx.calendarDay.findUnique({ where: { date: calendarDate(day.date) } });
      if (existing && day.date !== originalDate) throw taken(day.date, existing.kind, existing.name);
      const data = { date: calendarDate(day.date), kind: day.kind, name: day.name, updatedById: actor.userId };
      const target = securityTarget.record("calendar-day", day.date);
      if (originalDate === undefined) {
        await tx.calendarDay.create({ data });
        await recordAdminChange(actor, target, "calendar-day-added", tx, { kind: day.kind });
        return;
      }
      const updated = await tx.calendarDay.updateMany({ where: { date: calendarDate(originalDate) }, data });
      if (updated.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy ngày cần sửa (có thể đã bị xóa).");
      await recordAdminChange(actor, target, "calendar-day-changed", tx, { kind: day.kind, originalDate });
    });
  } catch (e) {
    // Two administrators adding the same date at once: the key refuses the second.
    if (isUniqueViolation(e))
      throw fieldError(
        "date",
        "Ngày này vừa được thêm vào bảng. Một ngày chỉ là ngày nghỉ lễ hoặc ngày làm bù, không thể là cả hai.",
      );
    throw e;
  }
}
