import "server-only";
import type { Actor } from "../../auth/actor";
import { requireProvinceAdmin } from "../../auth/require-admin";
import { requireRecentAuth } from "../../auth/step-up";
import { db } from "../../db";
import type { Tx } from "../../db/create-client";
import { AppError } from "../../errors";
import { recordAdminChange, securityTarget } from "../../security-log/record";

/**
 * Runs one catalogue edit: the province administrator (the catalogue is province-wide) edits the
 * procedure of national code `code`. The procedure row is locked for the transaction, so two
 * administrators editing the same procedure apply their changes one after the other and each
 * check (e.g. steps within the legal time) sees the other's result. `change` names the edit in the
 * security log (ADMIN_CHANGE), one event per edit.
 */
export async function editProcedure<T>(
  actor: Actor,
  code: string,
  change: string,
  edit: (tx: Tx, procedureId: string) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await requireProvinceAdmin(actor, tx);
    requireRecentAuth(actor);
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Procedure" WHERE code = ${code} FOR UPDATE`;
    if (locked.length !== 1) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
    const result = await edit(tx, locked[0].id);
    // Who changed the procedure last, whichever part (updatedAt follows by @updatedAt).
    await tx.procedure.update({ where: { id: locked[0].id }, data: { updatedById: actor.userId } });
    await recordAdminChange(actor, securityTarget.procedure(locked[0].id), change, tx, { procedureCode: code });
    return result;
  });
}
