import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import type { Locale } from "../../i18n/locales";

/** Stores the UI language chosen with the header's switch; always the actor's own account. */
export async function setLanguage(actor: Actor, language: Locale): Promise<void> {
  await db.user.updateMany({ where: { id: actor.userId }, data: { language } });
}
