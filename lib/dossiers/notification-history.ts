import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { dossierNotifications } from "../notifications/queries";
import { caseWorkScope } from "./access";

/** A dossier's notifications with their delivery state, for the staff of the agencies that hold the dossier. */
export async function listDossierNotifications(actor: Actor, dossierId: string) {
  const visible = (await db.dossier.count({ where: { AND: [{ id: dossierId }, caseWorkScope(actor)] } })) === 1;
  if (!visible) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  return dossierNotifications(dossierId);
}
