import { classifyCompletion } from "../deadlines";
import { WORKFLOW, type WorkflowAction } from "../dossiers/workflow";
import type { HandOverRow, Mau05ControlSlip } from "../pdf/mau-05-control-slip";
import { counterOf, formBase } from "./from-source";
import type { LegalFormSource } from "./source";

/** Events that end a step without starting a timed one (the result is ready, handed over, or processing stops). */
const CLOSING: readonly string[] = ["APPROVE", "REFUSE_AFTER_REVIEW", "RETURN_RESULT", "STOP", "WITHDRAW"];
const RECEPTION: readonly string[] = ["RECEIVE", "RECEIVE_AT_COUNTER"];

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
  const from = events.slice(start);
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

/** Mẫu 05 of a received dossier, for the agencies' staff; null before reception. */
export function mau05FromSource(s: LegalFormSource, lookupUrl: string): Mau05ControlSlip | null {
  if (!s.code || !s.receivedAt) return null;
  const rows = handOverRows(s.events);
  const last = rows.at(-1);
  return {
    ...formBase({ ...s, code: s.code }, counterOf(s), last?.at ?? s.receivedAt, lookupUrl),
    receivedAt: s.receivedAt,
    dueAt: s.dueAt,
    leadAgency: s.agency.name,
    otherAgencies: [...new Set(s.consultations.map((c) => c.agency.name))],
    rows,
  };
}
