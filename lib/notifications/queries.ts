import "server-only";
import type { Actor } from "../auth/actor";
import { requireAdmin } from "../auth/require-admin";
import { db } from "../db";
import { adminOutboxScope } from "./scope";

const attemptSelect = { orderBy: { at: "desc" }, take: 1, select: { at: true } } as const;

/** Deliveries that gave up after the last attempt, for the administrator's page. */
export async function listFailedDeliveries(actor: Actor, limit = 200) {
  const scope = await requireAdmin(actor);
  const rows = await db.outboxMessage.findMany({
    where: { state: "FAILED", ...adminOutboxScope(scope) },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      channel: true,
      topic: true,
      recipient: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      dossier: { select: { id: true, code: true } },
      attemptLog: attemptSelect,
    },
  });
  return rows.map(({ attemptLog, ...r }) => ({ ...r, lastAttemptAt: attemptLog[0]?.at ?? null }));
}

/**
 * A dossier's notifications with their delivery state. Unscoped: the caller has checked that the
 * reader may see the dossier (listDossierNotifications in lib/dossiers/notification-history.ts).
 */
export async function dossierNotifications(dossierId: string) {
  const rows = await db.outboxMessage.findMany({
    where: { dossierId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      channel: true,
      topic: true,
      recipient: true,
      state: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      piiPurgedAt: true,
      attemptLog: attemptSelect,
    },
  });
  // A row purged after the retention period (purge-personal-data.ts) has no recipient left to show.
  return rows.map(({ attemptLog, ...r }) => ({
    ...r,
    recipient: r.piiPurgedAt ? null : r.recipient,
    lastAttemptAt: attemptLog[0]?.at ?? null,
  }));
}
