import "server-only";
import { db } from "../../db";
import type { Tx } from "../../db/create-client";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import {
  deadlineWarning,
  processingTimeFor,
  warningCandidatesDueBefore,
  WARNED_STATUSES,
  type DeadlineWarning,
  type WorkingCalendar,
} from "../../deadlines";
import type { Prisma } from "../../generated/prisma/client";
import { NOTIFICATION_PREFERENCES, notificationTargets } from "../../notifications/notification-target";
import { DRAFT_REASON, reappointedWarningText, warningText } from "../messages";
import { proposeNewDueAt } from "../rules";

// The periodic scan behind "warn the responsible officer at least 1 working day before the due
// date, and draft the Mẫu 04 for the leader to confirm" (NĐ 61/2018 Art. 19, now NĐ 118/2025;
// the warning time: docs/domain.md §5.4). Idempotent: Dossier.deadlineWarnedAt records the warning, set under a guard,
// so a re-run, or two servers scanning at once, warn and draft once per due date.

export const WARNING_TOPIC = "dossier.deadline_warning";

const candidateSelect = {
  id: true,
  code: true,
  status: true,
  dueAt: true,
  channel: true,
  agencyId: true,
  assigneeId: true,
  procedure: { select: { timings: { select: { channel: true, amount: true, unit: true } } } },
} as const satisfies Prisma.DossierSelect;

type Candidate = Prisma.DossierGetPayload<{ select: typeof candidateSelect }>;

/** Warns and drafts for every dossier that needs it at `now`; returns how many were warned and drafted. */
export async function draftDueReappointments(now: Date): Promise<{ warned: number; drafted: number }> {
  const calendar = await loadWorkingCalendar(db);
  // A superset narrowed on the (status, dueAt) index, then the exact rule.
  const candidates = await db.dossier.findMany({
    where: {
      status: { in: [...WARNED_STATUSES] },
      dueAt: { lt: warningCandidatesDueBefore(now, calendar) },
      deadlineWarnedAt: null,
    },
    orderBy: { dueAt: "asc" },
    take: 500,
    select: candidateSelect,
  });
  let warned = 0;
  let drafted = 0;
  for (const d of candidates) {
    const warning = deadlineWarning(d, now, calendar);
    if (!warning) continue;
    const result = await db.$transaction((tx) => warnOne(tx, d, warning, now, calendar));
    if (result.warned) warned += 1;
    if (result.drafted) drafted += 1;
  }
  return { warned, drafted };
}

async function warnOne(tx: Tx, d: Candidate, warning: DeadlineWarning, now: Date, calendar: WorkingCalendar) {
  // The guard: only if nobody warned meanwhile and the dossier is still as evaluated (a leader
  // may just have moved its due date). The row stays locked until the end of the transaction.
  const claimed = await tx.dossier.updateMany({
    where: { id: d.id, deadlineWarnedAt: null, status: d.status, dueAt: warning.dueAt },
    data: { deadlineWarnedAt: now },
  });
  if (claimed.count !== 1) return { warned: false, drafted: false };

  const existing = await tx.reappointment.findUnique({ where: { dossierId: d.id }, select: { state: true } });
  let drafted = false;
  if (existing?.state !== "ISSUED") {
    // A new date may be given once: an issued one is never replaced; a stale draft is refreshed.
    const proposal = {
      previousDueAt: warning.dueAt,
      newDueAt: proposeNewDueAt(warning.dueAt, processingTimeFor(d.procedure.timings, d.channel), now, calendar),
      draftedAt: now,
    };
    await tx.reappointment.upsert({
      where: { dossierId: d.id },
      create: { dossierId: d.id, reason: DRAFT_REASON, ...proposal },
      update: proposal,
    });
    drafted = !existing;
  }

  const reappointed = existing?.state === "ISSUED";
  const text = reappointed ? reappointedWarningText(warning) : warningText(warning);
  const payload = { code: d.code, kind: warning.kind, dueAt: warning.dueAt.toISOString(), text, reappointed };
  for (const user of await responsibleOfficers(tx, d)) {
    const targets = notificationTargets(user);
    if (targets.email)
      await tx.outboxMessage.create({
        data: { dossierId: d.id, channel: "EMAIL", topic: WARNING_TOPIC, recipient: targets.email, payload },
      });
    if (targets.phone)
      await tx.outboxMessage.create({
        data: { dossierId: d.id, channel: "SMS", topic: WARNING_TOPIC, recipient: targets.phone, payload },
      });
  }
  return { warned: true, drafted };
}

/** The specialist the dossier is assigned to; before assignment, the agency's leaders, who confirm the Mẫu 04. */
async function responsibleOfficers(tx: Tx, d: Candidate) {
  if (d.assigneeId) {
    const assignee = await tx.user.findUnique({ where: { id: d.assigneeId }, select: NOTIFICATION_PREFERENCES });
    if (assignee) return [assignee];
  }
  const leaders = await tx.staffMembership.findMany({
    where: { agencyId: d.agencyId, role: "LEADER" },
    orderBy: { userId: "asc" },
    select: { user: { select: NOTIFICATION_PREFERENCES } },
  });
  return leaders.map((m) => m.user);
}
