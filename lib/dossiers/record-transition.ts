import "server-only";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import type { DossierStatus, Prisma } from "../generated/prisma/client";
import { NOTIFICATION_PREFERENCES, notificationTargets, type NotificationPreferences, type NotificationTargets } from "../profile/notification-target";
import { STATUS_INFO } from "./status";
import type { WorkflowAction } from "./workflow";
import { staleDossierError } from "./stale";
import { assertPaidBeforeProcessing } from "../payments/bill";
import { webhookMessages, webhookTargets, type WebhookTarget } from "../api/webhooks/enqueue";
import { topicOf } from "../api/webhooks/topics";
import { enqueueOutboxMessages, type OutboxRow } from "../notifications/enqueue";

type Transition = {
  dossier: { id: string; version: number; status: DossierStatus; agencyId: string; applicantEmail: string | null; code: string | null };
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
 * Writes one state change: the update guarded by the version read (optimistic concurrency:
 * a concurrent change makes this fail with STALE_DOSSIER instead of silently overwriting),
 * the audit event, and the notifications, all in the caller's transaction (transactional outbox).
 * The outbox rows of one change go in one statement, in the order they are listed.
 */
export async function recordTransition(tx: Tx, t: Transition) {
  if (t.dossier.status === "RECEIVED" && t.to === "PROCESSING") await assertPaidBeforeProcessing(tx, t.dossier.id);
  const updated = await tx.dossier.updateMany({
    where: { id: t.dossier.id, version: t.dossier.version },
    data: { ...t.data, status: t.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    throw await staleDossierError(tx, t.dossier.id);
  }
  await tx.dossierEvent.create({
    data: { dossierId: t.dossier.id, action: t.action, fromStatus: t.dossier.status, toStatus: t.to, actorId: t.actorId, agencyId: t.agencyId, note: t.note ?? null, ip: t.ip ?? null, dueAt: t.stepDueAt ?? null },
  });
  if (t.to === t.dossier.status) return;
  const payload = { code: t.dossier.code, status: t.to, statusLabel: STATUS_INFO[t.to].label, note: t.note ?? null };
  const targets = t.applicant !== undefined ? targetsOf(t.applicant, t.dossier) : await applicantTargets(tx, t.dossier);
  const messages = applicantMessages(t.dossier.id, targets, `dossier.${t.action.toLowerCase()}`, payload);
  const nationalCode = STATUS_INFO[t.to].nationalCode;
  if (nationalCode) {
    // The event as other systems see it: the national code of DOMAIN.md §4, no personal data.
    const event = {
      code: t.dossier.code, status: nationalCode, statusLabel: STATUS_INFO[t.to].label,
      previousStatus: STATUS_INFO[t.dossier.status].nationalCode, changedAt: new Date().toISOString(),
    };
    // Every status change is synced to the national portal (NĐ 224/2026), in order per dossier
    // (lib/notifications/worker.ts claims them in sequence); delivered by the outbox worker.
    messages.push({ dossierId: t.dossier.id, channel: "NATIONAL_PORTAL", topic: "dossier.status", recipient: "dichvucong.gov.vn", payload: event });
    messages.push(...webhookMessages(t.webhooks ?? (await transitionWebhooks(tx, t.to)), t.dossier.id, topicOf(t.to)!, event));
  }
  await enqueueOutboxMessages(tx, messages);
}

/** The subscriptions a change to `to` notifies, read ahead for recordTransition's `webhooks`. */
export async function transitionWebhooks(tx: Tx, to: DossierStatus): Promise<WebhookTarget[]> {
  const topic = topicOf(to);
  return topic ? webhookTargets(tx, topic) : [];
}

/** Tells the applicant, on the channels of their preferences, through the outbox of the caller's transaction. */
export async function notifyApplicant(tx: Tx, dossier: Pick<Transition["dossier"], "id" | "applicantEmail">, topic: string, payload: Prisma.InputJsonObject) {
  await enqueueOutboxMessages(tx, applicantMessages(dossier.id, await applicantTargets(tx, dossier), topic, payload));
}

function applicantMessages(dossierId: string, targets: NotificationTargets, topic: string, payload: Prisma.InputJsonObject): OutboxRow[] {
  const messages: OutboxRow[] = [];
  if (targets.email) messages.push({ dossierId, channel: "EMAIL", topic, recipient: targets.email, payload });
  if (targets.phone) messages.push({ dossierId, channel: "SMS", topic, recipient: targets.phone, payload });
  return messages;
}

/**
 * Where the applicant is notified. With an account, its profile preferences decide (read in the
 * caller's transaction); without one (e.g. a dossier filed at the counter), the e-mail on the dossier.
 */
async function applicantTargets(tx: Tx, dossier: Pick<Transition["dossier"], "id" | "applicantEmail">): Promise<NotificationTargets> {
  const row = await tx.dossier.findUnique({
    where: { id: dossier.id },
    select: { applicant: { select: NOTIFICATION_PREFERENCES } },
  });
  return targetsOf(row?.applicant ?? null, dossier);
}

function targetsOf(applicant: NotificationPreferences | null, dossier: Pick<Transition["dossier"], "applicantEmail">): NotificationTargets {
  return applicant ? notificationTargets(applicant) : { email: dossier.applicantEmail, phone: null };
}
