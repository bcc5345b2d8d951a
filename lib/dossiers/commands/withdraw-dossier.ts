import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { recordTransition } from "../record-transition";
import { nextStatus } from "../workflow";

/** The applicant withdraws a dossier not yet decided (status 7), giving a reason. */
export async function withdrawDossier(actor: Actor, dossierId: string, input: { reason: string; version: number }) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("INVALID_INPUT", "Vui lòng cho biết lý do rút hồ sơ.");
  if (reason.length > 1000) throw new AppError("INVALID_INPUT", "Lý do tối đa 1000 ký tự.");
  await db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: { id: true, version: true, status: true, code: true, agencyId: true, applicantEmail: true },
    });
    if (!dossier) throw notFound();
    const to = nextStatus("WITHDRAW", dossier.status, "CITIZEN");
    if (!to) throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ đã có kết quả hoặc đã kết thúc nên không thể rút.");
    if (dossier.version !== input.version)
      throw new AppError("STALE_DOSSIER", "Hồ sơ vừa được cập nhật. Vui lòng tải lại trang và thử lại.");
    await recordTransition(tx, {
      dossier,
      action: "WITHDRAW",
      to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: reason,
      data: { finishedAt: new Date() },
    });
  });
}
