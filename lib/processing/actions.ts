"use server";
// The staff's workflow buttons (receive, process, propose, approve, …) as one server action.
import { z } from "zod";
import { safeAction, type FormAction } from "../actions/safe-action";
import type { ActionState } from "../dossiers/actions";
import { WORKFLOW_ACTIONS } from "../dossiers/workflow";
import { recordPaperOnlyResult } from "./record-paper-result";
import { takeStaffAction } from "./take-staff-action";

const staffPages = (dossierId: string) => [`/can-bo/ho-so/${dossierId}`, "/can-bo"];

const staffActionSchema = z.object({
  dossierId: z.string().min(1),
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.coerce.number().int().min(0),
  note: z.string().max(4000, "Nội dung tối đa 4000 ký tự.").optional(),
});

export const staffAction: FormAction<ActionState> = safeAction(
  staffActionSchema,
  (actor, { dossierId, action, version, note }) => takeStaffAction(actor, dossierId, action, { note, version }),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);

const paperOnlySchema = z.object({
  dossierId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  reason: z.string().max(4000, "Nội dung tối đa 4000 ký tự."),
});

/** The result asked for electronically is issued on paper only, with the reason (before approval). */
export const paperOnlyResultAction: FormAction<ActionState> = safeAction(
  paperOnlySchema,
  (actor, { dossierId, version, reason }) => recordPaperOnlyResult(actor, dossierId, { reason, version }),
  { revalidate: ({ dossierId }) => staffPages(dossierId) },
);
