import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { dossierNotifications } from "../notifications/queries";
import { dossierScope } from "./access";

/** A dossier's notifications with their delivery state, for the staff who may see the dossier. */
export async function listDossierNotifications(actor: Actor, dossierId: string) {
  const visible =
    actor.memberships.length > 0 &&
    (await db.dossier.count({ where: { AND: [{ id: dossierId }, dossierScope(actor)] } })) === 1;
  if (!visible) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  return dossierNotifications(dossierId);
}
