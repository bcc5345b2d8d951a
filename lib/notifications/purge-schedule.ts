import "server-only";
import { db } from "../db";
import { env } from "../env";
import { periodic } from "../jobs/periodic";
import { purgeDeliveredNotifications } from "./purge-personal-data";

const HOUR = 60 * 60_000;

/** Purges delivered notifications past NOTIFICATION_PII_RETENTION_DAYS, hourly (instrumentation.ts register()). */
export const startNotificationPurge = periodic("Notification purge", HOUR, async (now) => {
  const purged = await purgeDeliveredNotifications(db, { now, retentionDays: env.NOTIFICATION_PII_RETENTION_DAYS });
  if (purged > 0) console.info(`Notifications: personal data of ${purged} delivered message(s) purged.`);
});
