import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import type { DossierStatus, Prisma } from "../generated/prisma/client";
import type { NotificationPreferences } from "../notifications/notification-target";
import { STATUS_INFO } from "./status";
import { WORKFLOW, type WorkflowAction } from "./workflow";
import { staleDossierError } from "./stale";
import { statusWebhooks, type WebhookTarget } from "../notifications/webhooks/enqueue";
import { enqueueOutboxMessages } from "../notifications/enqueue";
import { transitionMessages } from "../notifications/transition-messages";

export { notifyApplicant } from "../notifications/applicant-messages";

type Transition = {
  dossier: {
    id: string;
    version: number;
    status: DossierStatus;
    agencyId: string;
    applicantEmail: string | null;
    code: string | null;
  };
  action: WorkflowAction;
  to: DossierStatus;
  actorId: string | null;
  /** The actor's address, kept in the audit trail. */
  ip?: string | null;
  agencyId: string | null;
  note?: string | null;
  /** Deadline of the step this change hands the dossier to (Mẫu 05). */
  stepDueAt?: Date | null;
  data?: Prisma.DossierUncheckedUpdateManyInput;
  /** The applicant's notification preferences (NOTIFICATION_PREFERENCES), when the caller loaded them with the dossier (saves a statement). */
  applicant?: NotificationPreferences | null;
  /**
   * The subscriptions to the change's webhook topic (`transitionWebhooks`), when the caller read
   * them before taking a lock that is held until commit: a dossier code's counter (saves a
   * statement while every other submission to the agency waits).
   */
  webhooks?: WebhookTarget[];
};

/**
 * The last line of the table's defence: whatever a command checked, no change is written that the
 * workflow table does not list (the action from this status, to its own target). The rules beside
 * the table (lib/dossiers/guards.ts) are the commands' to ask, with the facts they loaded.
 */
function assertInTable(t: Transition) {
  const rule = WORKFLOW[t.action];
  if ((rule.from as readonly DossierStatus[]).includes(t.dossier.status) && rule.to === t.to) return;
  throw new AppError("TRANSITION_NOT_ALLOWED", `Không thể "${rule.label}" đối với hồ sơ ở trạng thái hiện tại.`);
}

/**
 * Writes one state change: the update guarded by the version read (optimistic concurrency:
 * a concurrent change makes this fail with STALE_DOSSIER instead of silently overwriting),
 * the audit event, and the notifications, all in the caller's transaction (transactional outbox).
 * The outbox rows of one change go in one statement, in the order they are listed.
 */
export async function recordTransition(tx: Tx, t: Transition) {
  assertInTable(t);
  const updated = await tx.dossier.updateMany({
    where: { id: t.dossier.id, version: t.dossier.version },
    data: { ...t.data, status: t.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    throw await staleDossierError(tx, t.dossier.id);
  }
  await tx.dossierEvent.create({
    data: {
      dossierId: t.dossier.id,
      action: t.action,
      fromStatus: t.dossier.status,
      toStatus: t.to,
      actorId: t.actorId,
      agencyId: t.agencyId,
      note: t.note ?? null,
      ip: t.ip ?? null,
      dueAt: t.stepDueAt ?? null,
    },
  });
  if (t.to === t.dossier.status) return;
  const to = STATUS_INFO[t.to];
  const messages = await transitionMessages(tx, {
    dossier: t.dossier,
    action: t.action,
    to: t.to,
    statusLabel: to.label,
    nationalCode: to.nationalCode,
    previousNationalCode: STATUS_INFO[t.dossier.status].nationalCode,
    note: t.note ?? null,
    applicant: t.applicant,
    webhooks: t.webhooks,
  });
  await enqueueOutboxMessages(tx, messages);
}

/** The subscriptions a change to `to` notifies, read ahead for recordTransition's `webhooks`. */
export function transitionWebhooks(tx: Tx, to: DossierStatus): Promise<WebhookTarget[]> {
  return statusWebhooks(tx, STATUS_INFO[to].nationalCode);
}
