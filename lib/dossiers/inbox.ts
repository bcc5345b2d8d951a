import "server-only";
import { z } from "zod";
import { agencyIdsOf, type Actor } from "../auth/actor";
import { idNumberHash } from "../crypto/personal-data";
import { db } from "../db";
import { addWorkingDays, deadlineWarning, type WorkingCalendar } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import type { DossierStatus, Prisma } from "../generated/prisma/client";
import { toSearchText } from "../text/normalize";
import { isIsoDate, MS_PER_DAY, startOfDay } from "../text/vietnam-time";
import { competentAgencyScope, pendingOpinionScope } from "./access";
import { isCodeFragment, normalizeCodeInput } from "./codes";

// The lists counter officers, specialists and leaders work from (docs/domain.md §5), scoped to the
// actor's agencies, filtered, searched and paged by cursor (no OFFSET: deep pages stay cheap).

const OPEN: DossierStatus[] = ["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT"];

export const INBOX_VIEWS = {
  new: { label: "Hồ sơ mới cần kiểm tra", where: { status: "SUBMITTED" } },
  received: { label: "Đã tiếp nhận, chờ xử lý", where: { status: "RECEIVED" } },
  processing: { label: "Đang xử lý", where: { status: "PROCESSING", awaitingApproval: false } },
  approval: { label: "Chờ phê duyệt", where: { status: "PROCESSING", awaitingApproval: true } },
  mine: { label: "Được giao cho tôi", where: { status: { in: OPEN } } },
  waitingOpinion: {
    label: "Chờ ý kiến cơ quan khác",
    where: { status: "PROCESSING", consultations: { some: { state: "PENDING" } } },
  },
  opinions: { label: "Cơ quan khác xin ý kiến", where: { status: "PROCESSING" } },
  dueSoon: { label: "Đến hạn trong 1 ngày làm việc", where: { status: { in: OPEN } } },
  overdue: { label: "Quá hạn", where: { status: { in: OPEN } } },
  resolved: { label: "Kết quả chờ trả", where: { status: "RESOLVED" } },
  done: { label: "Đã kết thúc", where: { status: { in: ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"] } } },
  // Every filed dossier of the officer's agencies, whatever its step: where a search looks first.
  all: { label: "Tất cả hồ sơ", where: {} },
} as const satisfies Record<string, { label: string; where: Prisma.DossierWhereInput }>;
export type InboxView = keyof typeof INBOX_VIEWS;

/** Statuses a dossier may have once filed (drafts never reach an inbox). */
export const FILED_STATUSES = [
  "SUBMITTED",
  "RECEIVED",
  "REFUSED",
  "PROCESSING",
  "SUPPLEMENT_REQUESTED",
  "AWAITING_PAYMENT",
  "WITHDRAWN",
  "STOPPED",
  "RESOLVED",
  "RETURNED",
] as const satisfies readonly DossierStatus[];

const day = z.string().refine(isIsoDate).optional().catch(undefined);

/** The list's URL parameters; anything malformed is dropped rather than refused. */
export const inboxQuerySchema = z.object({
  view: z.enum(Object.keys(INBOX_VIEWS) as [InboxView, ...InboxView[]]).catch("new"),
  q: z.string().trim().max(100).optional().catch(undefined),
  procedure: z
    .string()
    .regex(/^\d\.\d{6}$/)
    .optional()
    .catch(undefined),
  channel: z.enum(["COUNTER", "ONLINE", "POSTAL"]).optional().catch(undefined),
  /** Narrows a view further (e.g. overdue dossiers waiting for a supplement); never widens it. */
  status: z.enum(FILED_STATUSES).optional().catch(undefined),
  from: day,
  to: day,
  after: z.string().max(40).optional().catch(undefined),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const INBOX_PAGE_SIZE = 25;

/**
 * A 12-digit ID, a dossier code or any part of one (typed in any case, with spaces), or a name
 * typed with or without diacritics. Any part of a code: officers are read "the one ending 0001"
 * over the phone; the trigram index on the code (Dossier_code_idx) serves LIKE '%…%' as well.
 */
function searchFilter(q: string | undefined): Prisma.DossierWhereInput {
  if (!q) return {};
  const compact = normalizeCodeInput(q);
  // ID numbers are sealed at rest: an exact match on the keyed hash (lib/crypto/personal-data.ts).
  if (/^\d{12}$/.test(compact)) return { applicantPersonalIdHash: idNumberHash(compact) };
  if (isCodeFragment(compact)) return { code: { contains: compact } };
  return { applicantNameSearch: { contains: toSearchText(q) } };
}

type Channel = "COUNTER" | "ONLINE" | "POSTAL";
const CHANNEL_ORDER: Channel[] = ["COUNTER", "ONLINE", "POSTAL"];
type CursorRow = { id: string; dueAt: Date | null; channel: Channel; submittedAt: Date | null };

/**
 * The rows after `c` in the inbox order (dueAt ASC NULLS LAST, channel DESC, submittedAt ASC
 * NULLS LAST, id ASC), written out as keyset conditions. Prisma's own `cursor` option with this
 * order was sent without a LIMIT (every later row read and dropped in memory: 650 ms deep in a
 * list of 1,000,000 dossiers, docs/performance.md, "Staff pages"); these keep the LIMIT, so the page is read
 * along Dossier_inbox_order_idx and stops after one page. Enums have no lt/gt filter in Prisma:
 * "channel after c" (descending) is the set of channels before it in the enum's order.
 *
 * Two parts, read one after the other: the rows with a deadline from the cursor's on, then the
 * rows without one. In a single condition the deadline's "later or none" is an OR, which
 * PostgreSQL cannot start an index scan from: it read every row of the agency before the cursor
 * and dropped them (6,400 pages 5,000 rows deep at 1,000,000 dossiers, 9 ms warm and 73 ms on a
 * new connection; docs/performance.md, "Staff pages"). `dueAt >= c.dueAt` is a range the
 * scan starts from.
 */
function after(c: CursorRow): {
  withDeadline: Prisma.DossierWhereInput | null;
  withoutDeadline: Prisma.DossierWhereInput;
} {
  const laterChannels = CHANNEL_ORDER.slice(0, CHANNEL_ORDER.indexOf(c.channel));
  const laterId: Prisma.DossierWhereInput = { id: { gt: c.id } };
  const laterSubmitted: Prisma.DossierWhereInput = c.submittedAt
    ? {
        OR: [{ submittedAt: { gt: c.submittedAt } }, { submittedAt: null }, { submittedAt: c.submittedAt, ...laterId }],
      }
    : { submittedAt: null, ...laterId };
  const laterChannel: Prisma.DossierWhereInput = {
    OR: [{ channel: { in: laterChannels } }, { channel: c.channel, ...laterSubmitted }],
  };
  if (!c.dueAt) return { withDeadline: null, withoutDeadline: { dueAt: null, ...laterChannel } };
  return {
    withDeadline: {
      AND: [{ dueAt: { gte: c.dueAt } }, { OR: [{ dueAt: { gt: c.dueAt } }, { dueAt: c.dueAt, ...laterChannel }] }],
    },
    withoutDeadline: { dueAt: null },
  };
}

/**
 * Whose dossiers a view lists and counts (lib/dossiers/access.ts): the competent agency's own,
 * except the opinions other agencies ask of it.
 */
function viewScope(view: InboxView, actor: Actor): Prisma.DossierWhereInput {
  if (view === "opinions") return pendingOpinionScope(actor);
  if (view === "mine") return { ...competentAgencyScope(actor), assigneeId: actor.userId };
  return competentAgencyScope(actor);
}

function viewFilter(view: InboxView, now: Date, calendar: WorkingCalendar): Prisma.DossierWhereInput {
  if (view === "overdue") return { dueAt: { lt: now } };
  if (view === "dueSoon") return { dueAt: { gte: now, lte: addWorkingDays(now, 1, calendar) } };
  return {};
}

/** The rows of a view with the query's search and filters: the list and its tab's count read the same. */
function inboxWhere(
  view: InboxView,
  actor: Actor,
  query: InboxQuery,
  now: Date,
  calendar: WorkingCalendar,
): Prisma.DossierWhereInput {
  return {
    AND: [
      viewScope(view, actor),
      INBOX_VIEWS[view].where,
      viewFilter(view, now, calendar),
      searchFilter(query.q),
      {
        ...(query.procedure && { procedure: { code: query.procedure } }),
        ...(query.channel && { channel: query.channel }),
        ...(query.status && { status: query.status }),
        ...((query.from || query.to) && {
          submittedAt: {
            ...(query.from && { gte: startOfDay(query.from) }),
            ...(query.to && { lt: new Date(startOfDay(query.to).getTime() + MS_PER_DAY) }),
          },
        }),
      },
    ],
  };
}

/**
 * How many dossiers each tab holds with the query's search and filters, so a search shows on
 * which tabs its dossiers are. Each count reads its view's index, as the list does.
 */
export async function inboxCounts(actor: Actor, query: InboxQuery): Promise<Record<InboxView, number>> {
  const now = new Date();
  const calendar = await loadWorkingCalendar(db);
  const views = Object.keys(INBOX_VIEWS) as InboxView[];
  const counts = await Promise.all(
    views.map((view) => db.dossier.count({ where: inboxWhere(view, actor, query, now, calendar) })),
  );
  return Object.fromEntries(views.map((view, i) => [view, counts[i]])) as Record<InboxView, number>;
}

export async function listInbox(actor: Actor, query: InboxQuery) {
  const now = new Date();
  const [calendar, cursor] = await Promise.all([
    loadWorkingCalendar(db),
    // Only the cursor row's sort keys are read; which rows are listed is decided by `where` alone.
    query.after
      ? db.dossier.findUnique({
          where: { id: query.after },
          select: { id: true, dueAt: true, channel: true, submittedAt: true },
        })
      : null,
  ]);
  if (query.after && !cursor) return { items: [], nextCursor: null };
  const filters = inboxWhere(query.view, actor, query, now, calendar);
  const page = (where: Prisma.DossierWhereInput, take: number) =>
    db.dossier.findMany({
      where,
      // Nearest deadline first; within the same deadline, by the province's policy, postal and
      // online dossiers before counter ones (enum order COUNTER < ONLINE < POSTAL, descending).
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { channel: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        code: true,
        status: true,
        channel: true,
        applicantName: true,
        submittedAt: true,
        receivedAt: true,
        dueAt: true,
        awaitingApproval: true,
        procedure: { select: { code: true, name: true } },
        reappointment: { select: { state: true } },
      },
    });
  const take = INBOX_PAGE_SIZE + 1;
  let rows: Awaited<ReturnType<typeof page>>;
  if (!cursor) rows = await page(filters, take);
  else {
    const { withDeadline, withoutDeadline } = after(cursor);
    rows = withDeadline ? await page({ AND: [filters, withDeadline] }, take) : [];
    if (rows.length < take) rows = rows.concat(await page({ AND: [filters, withoutDeadline] }, take - rows.length));
  }
  // Flag the dossiers whose deadline is about to be missed, or was (Mẫu 04, NĐ 61/2018 Art. 19(9)).
  const items = rows.slice(0, INBOX_PAGE_SIZE).map(({ reappointment, ...d }) => ({
    ...d,
    warning: deadlineWarning(d, now, calendar)?.kind ?? null,
    reappointed: reappointment?.state === "ISSUED",
  }));
  return { items, nextCursor: rows.length > INBOX_PAGE_SIZE ? items.at(-1)!.id : null };
}

/** The procedures the actor's agencies handle, for the filter. */
export async function inboxProcedures(actor: Actor) {
  const agencyIds = agencyIdsOf(actor);
  return db.procedure.findMany({
    where: { agencies: { some: { agencyId: { in: agencyIds } } } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}
