import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import type { DossierStatus, Prisma } from "../generated/prisma/client";
import { STATUS_INFO } from "./status";
import type { WorkflowAction } from "./workflow";

type Transition = {
  dossier: { id: string; version: number; status: DossierStatus; agencyId: string; applicantEmail: string | null; code: string | null };
  action: WorkflowAction;
  to: DossierStatus;
  actorId: string | null;
  agencyId: string | null;
  note?: string | null;
  data?: Prisma.DossierUncheckedUpdateManyInput;
};

/**
 * Writes one state change: the update guarded by the version read (optimistic concurrency:
 * a concurrent change makes this fail with STALE_DOSSIER instead of silently overwriting),
 * the audit event, and the notifications, all in the caller's transaction (transactional outbox).
 */
export async function recordTransition(tx: Tx, t: Transition) {
  const updated = await tx.dossier.updateMany({
    where: { id: t.dossier.id, version: t.dossier.version },
    data: { ...t.data, status: t.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    throw new AppError("STALE_DOSSIER", "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.");
  }
  await tx.dossierEvent.create({
    data: { dossierId: t.dossier.id, action: t.action, fromStatus: t.dossier.status, toStatus: t.to, actorId: t.actorId, agencyId: t.agencyId, note: t.note ?? null },
  });
  if (t.dossier.applicantEmail && t.to !== t.dossier.status) {
    await tx.outboxMessage.create({
      data: {
        dossierId: t.dossier.id,
        channel: "EMAIL",
        topic: `dossier.${t.action.toLowerCase()}`,
        recipient: t.dossier.applicantEmail,
        payload: { code: t.dossier.code, status: t.to, statusLabel: STATUS_INFO[t.to].label, note: t.note ?? null },
      },
    });
  }
  if (STATUS_INFO[t.to].nationalCode && t.to !== t.dossier.status) {
    // Every status change is synced to the national portal (NĐ 224/2026); delivered by the outbox worker.
    await tx.outboxMessage.create({
      data: {
        dossierId: t.dossier.id,
        channel: "NATIONAL_PORTAL",
        topic: "dossier.status",
        recipient: "dichvucong.gov.vn",
        payload: { code: t.dossier.code, status: STATUS_INFO[t.to].nationalCode },
      },
    });
  }
}
