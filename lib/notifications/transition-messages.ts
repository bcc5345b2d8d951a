import "server-only";
import type { Tx } from "../db/create-client";
import { processingTimeFor } from "../deadlines/processing-time";
import type { DossierStatus, Prisma } from "../generated/prisma/client";
import { applicantMessages, applicantTargets, targetsOf, type ApplicantDossier } from "./applicant-messages";
import type { OutboxRow } from "./enqueue";
import type { NotificationPreferences } from "./notification-target";
import { statusWebhooks, webhookMessages, type WebhookTarget } from "./webhooks/enqueue";
import { webhookTopic } from "./webhooks/topics";

/** A dossier's change of status as the outbox tells it; the dossier core names the statuses. */
export type StatusChange = {
  dossier: ApplicantDossier & { code: string | null };
  /** The workflow action: the applicant's messages go out under `dossier.<action in lower case>`. */
  action: string;
  to: DossierStatus;
  /** The new status's display name. */
  statusLabel: string;
  /** The national codes of the new and the previous status (null: not synced, DRAFT). */
  nationalCode: string | null;
  previousNationalCode: string | null;
  note: string | null;
  /** The applicant's preferences when the caller loaded them (null: no account); read here otherwise. */
  applicant?: NotificationPreferences | null;
  /** The subscriptions to the change's topic when the caller read them ahead (`statusWebhooks`); read here otherwise. */
  webhooks?: WebhookTarget[];
};

/**
 * The outbox rows of a change of status, in delivery order: the applicant's e-mail and SMS, then,
 * for a status the national portal syncs, the push to the portal and one row per webhook subscriber.
 */
export async function transitionMessages(tx: Tx, c: StatusChange): Promise<OutboxRow[]> {
  const payload = {
    code: c.dossier.code,
    status: c.to,
    statusLabel: c.statusLabel,
    note: c.note,
    ...(await applicantDetails(tx, c)),
  };
  const targets = c.applicant !== undefined ? targetsOf(c.applicant, c.dossier) : await applicantTargets(tx, c.dossier);
  const messages = applicantMessages(c.dossier.id, targets, `dossier.${c.action.toLowerCase()}`, payload);
  if (!c.nationalCode) return messages;
  // The event as other systems see it: the national status codes, no personal data.
  const event = {
    code: c.dossier.code,
    status: c.nationalCode,
    statusLabel: c.statusLabel,
    previousStatus: c.previousNationalCode,
    changedAt: new Date().toISOString(),
  };
  // Every status change is synced to the national portal (NĐ 224/2026), in order per dossier
  // (lib/notifications/worker.ts claims them in sequence); delivered by the outbox worker.
  messages.push({
    dossierId: c.dossier.id,
    channel: "NATIONAL_PORTAL",
    topic: "dossier.status",
    recipient: "dichvucong.gov.vn",
    payload: event,
  });
  messages.push(
    ...webhookMessages(
      c.webhooks ?? (await statusWebhooks(tx, c.nationalCode)),
      c.dossier.id,
      webhookTopic(c.nationalCode),
      event,
    ),
  );
  return messages;
}

/** The actions whose mail names the appointment date (Mẫu 01's, or the new one after a supplement). */
const NAMES_DUE_DATE = new Set(["RECEIVE", "RECEIVE_AT_COUNTER", "SUPPLY_IN_PROCESSING"]);

/**
 * What the applicant's mail states beyond the status, read from what the change has just written
 * in this transaction, so the mail says what the papers say: the appointment date printed on
 * Mẫu 01 (with its time when the limit is counted in hours), and the lines and the amount of the
 * stored bill when payment is asked (never recomputed: the bill is frozen when issued).
 */
async function applicantDetails(tx: Tx, c: StatusChange): Promise<Prisma.InputJsonObject> {
  if (NAMES_DUE_DATE.has(c.action)) {
    const d = await tx.dossier.findUnique({
      where: { id: c.dossier.id },
      select: {
        dueAt: true,
        channel: true,
        procedure: { select: { timings: { select: { channel: true, amount: true, unit: true } } } },
      },
    });
    if (!d?.dueAt) return {};
    const limit = processingTimeFor(d.procedure.timings, d.channel);
    return { dueAt: d.dueAt.toISOString(), dueInHours: limit?.unit === "WORKING_HOURS" };
  }
  if (c.action === "REQUEST_PAYMENT") {
    const bill = await tx.bill.findUnique({
      where: { dossierId: c.dossier.id },
      select: {
        totalVnd: true,
        lines: { orderBy: { position: "asc" }, select: { kind: true, description: true, amountVnd: true } },
        payments: { where: { state: "SUCCEEDED" }, select: { amountVnd: true } },
      },
    });
    if (!bill) return {};
    const paid = bill.payments.reduce((sum, p) => sum + p.amountVnd, 0);
    return { bill: { lines: bill.lines, totalVnd: bill.totalVnd, dueVnd: Math.max(bill.totalVnd - paid, 0) } };
  }
  return {};
}
