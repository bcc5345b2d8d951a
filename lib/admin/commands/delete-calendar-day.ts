import "server-only";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAdminChange, securityTarget } from "../../security-log/record";
import { isRealIsoDate } from "../calendar-rules";
import { calendarDate } from "./save-calendar-day";

/** Removes a row of the holiday table: the date becomes an ordinary weekday or weekend again. */
export async function deleteCalendarDay(actor: Actor, date: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireProvinceAdmin(actor, tx);
    requireRecentAuth(actor);
    const deleted = isRealIsoDate(date)
      ? await tx.calendarDay.deleteMany({ where: { date: calendarDate(date) } })
      : { count: 0 };
    if (deleted.count !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy ngày cần xóa (có thể đã bị xóa).");
    await recordAdminChange(actor, securityTarget.record("calendar-day", date), "calendar-day-deleted", tx);
  });
}
