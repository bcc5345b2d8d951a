import { classifyCompletion } from "../deadlines";
import { WORKFLOW, type WorkflowAction } from "../dossiers/workflow";
import type { HandOverRow, Mau05ControlSlip } from "./mau-05-control-slip";
import { shortDateTime } from "../text/vietnamese-dates";
import { counterOf, formBase } from "./from-source";
import type { LegalFormSource } from "./source";

/** Events that end a step without starting a timed one (the result is ready, handed over, or processing stops). */
const CLOSING: readonly string[] = ["APPROVE", "REFUSE_AFTER_REVIEW", "RETURN_RESULT", "STOP", "WITHDRAW"];
const RECEPTION: readonly string[] = ["RECEIVE", "RECEIVE_AT_COUNTER"];
/** Opinions of other agencies get one row per asked agency, from the consultation itself (its own deadline). */
const OPINION: readonly string[] = ["REQUEST_OPINION", "ANSWER_OPINION"];

const stepLabel = (action: string) => (action in WORKFLOW ? WORKFLOW[action as WorkflowAction].label : action);

/**
 * One row per event from reception on. A hand-over (an event that starts a timed step, or ends
 * the last one) is classified early / on time / late against the deadline of the step it ends,
 * by lib/deadlines; the receiver is whoever acted next.
 */
export function handOverRows(events: LegalFormSource["events"]): HandOverRow[] {
  const start = events.findIndex((e) => RECEPTION.includes(e.action));
  if (start < 0) return [];
  const rows: HandOverRow[] = [];
  let openDue: Date | null = null;
  const from = events.slice(start).filter((e) => !OPINION.includes(e.action));
  from.forEach((e, i) => {
    const handOver = i === 0 || e.dueAt !== null || CLOSING.includes(e.action);
    const stepDueAt = handOver ? openDue : null;
    rows.push({
      step: stepLabel(e.action),
      agency: e.agency?.name ?? null,
      giver: e.actor?.fullName ?? null,
      receiver: from[i + 1]?.actor?.fullName ?? null,
      at: e.createdAt,
      stepDueAt,
      result: stepDueAt ? classifyCompletion(e.createdAt, stepDueAt) : null,
      note: e.note,
    });
    if (handOver) openDue = e.dueAt;
  });
  return rows;
}

/**
 * Liên thông (docs/domain.md §5.3): each asked agency received the dossier when asked and handed its
 * opinion back when it answered, classified against its own opinion deadline.
 */
export function opinionRows(consultations: LegalFormSource["consultations"]): HandOverRow[] {
  return consultations.map((c) => ({
    step: "Xin ý kiến cơ quan phối hợp",
    agency: c.agency.name,
    giver: c.requestedBy.fullName,
    receiver: c.answeredBy?.fullName ?? null,
    at: c.createdAt,
    stepDueAt: c.dueAt,
    result: c.answeredAt ? classifyCompletion(c.answeredAt, c.dueAt) : null,
    note: c.answeredAt ? `Đã trả lời lúc ${shortDateTime(c.answeredAt)}` : "Chưa trả lời",
  }));
}

/** Mẫu 05 of a received dossier, for the agencies' staff; null before reception. */
export function mau05FromSource(s: LegalFormSource, lookupUrl: string): Mau05ControlSlip | null {
  if (!s.code || !s.receivedAt) return null;
  const steps = handOverRows(s.events);
  const last = steps.at(-1);
  const rows = [...steps, ...opinionRows(s.consultations)].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    ...formBase({ ...s, code: s.code }, counterOf(s), last?.at ?? s.receivedAt, lookupUrl),
    receivedAt: s.receivedAt,
    dueAt: s.dueAt,
    leadAgency: s.agency.name,
    otherAgencies: [...new Set(s.consultations.map((c) => c.agency.name))],
    rows,
  };
}
