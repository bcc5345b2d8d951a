import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import { shortDateTime } from "../text/vietnamese-dates";
import { WORKFLOW, type WorkflowAction } from "./workflow";

/**
 * The error of a command that lost a race on the dossier's version: says who changed it, with
 * what and when (the latest event, already committed by the winner), so the officer knows
 * whether to retry or whether the work is done.
 */
export async function staleDossierError(tx: Tx, dossierId: string): Promise<AppError> {
  const last = await tx.dossierEvent.findFirst({
    where: { dossierId },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true, actor: { select: { fullName: true } } },
  });
  const label = last && last.action in WORKFLOW ? WORKFLOW[last.action as WorkflowAction].label : null;
  const who = last?.actor?.fullName ? ` bởi ${last.actor.fullName}` : " bởi người khác";
  const what = last && label ? ` (${label}, lúc ${shortDateTime(last.createdAt)})` : "";
  return new AppError(
    "STALE_DOSSIER",
    `Hồ sơ vừa được cập nhật${who}${what}. Vui lòng tải lại trang để xem tình trạng mới nhất.`,
  );
}
