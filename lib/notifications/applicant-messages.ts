import "server-only";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { enqueueOutboxMessages, type OutboxRow } from "./enqueue";
import {
  NOTIFICATION_PREFERENCES,
  notificationTargets,
  type NotificationPreferences,
  type NotificationTargets,
} from "./notification-target";

/** The dossier fields that say where its applicant is told. */
export type ApplicantDossier = { id: string; applicantEmail: string | null };

/** Tells the applicant, on the channels of their preferences, through the outbox of the caller's transaction. */
export async function notifyApplicant(
  tx: Tx,
  dossier: ApplicantDossier,
  topic: string,
  payload: Prisma.InputJsonObject,
) {
  await enqueueOutboxMessages(tx, applicantMessages(dossier.id, await applicantTargets(tx, dossier), topic, payload));
}

/** The applicant's EMAIL then SMS rows, one per channel they are reached on. */
export function applicantMessages(
  dossierId: string,
  targets: NotificationTargets,
  topic: string,
  payload: Prisma.InputJsonObject,
): OutboxRow[] {
  const messages: OutboxRow[] = [];
  if (targets.email) messages.push({ dossierId, channel: "EMAIL", topic, recipient: targets.email, payload });
  if (targets.phone) messages.push({ dossierId, channel: "SMS", topic, recipient: targets.phone, payload });
  return messages;
}

/**
 * Where the applicant is notified. With an account, its profile preferences decide (read in the
 * caller's transaction); without one (e.g. a dossier filed at the counter), the e-mail on the dossier.
 */
export async function applicantTargets(tx: Tx, dossier: ApplicantDossier): Promise<NotificationTargets> {
  const row = await tx.dossier.findUnique({
    where: { id: dossier.id },
    select: { applicant: { select: NOTIFICATION_PREFERENCES } },
  });
  return targetsOf(row?.applicant ?? null, dossier);
}

/** The same from preferences the caller already loaded (null: the dossier has no account behind it). */
export function targetsOf(
  applicant: NotificationPreferences | null,
  dossier: Pick<ApplicantDossier, "applicantEmail">,
): NotificationTargets {
  return applicant ? notificationTargets(applicant) : { email: dossier.applicantEmail, phone: null };
}
