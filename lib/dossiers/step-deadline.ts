import "server-only";
import type { Tx } from "../db/create-client";
import { computeDueAt } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import type { StaffRole } from "../generated/prisma/enums";

/**
 * The deadline of the step a hand-over starts, from the procedure's internal workflow
 * (ProcedureStep: role and working hours), never later than the dossier's own due date.
 * Recorded on the event so the processing control slip (Mẫu 05, TT 01/2018) can say whether
 * each hand-over was early, on time or late. Null when the procedure defines no such step.
 */
export async function stepDueAt(
  tx: Tx,
  input: { procedureId: string; role: StaffRole; from: Date; dossierDueAt: Date | null },
): Promise<Date | null> {
  const step = await tx.procedureStep.findFirst({
    where: { procedureId: input.procedureId, role: input.role, durationHours: { gt: 0 } },
    orderBy: { sortOrder: "asc" },
    select: { durationHours: true },
  });
  if (!step) return input.dossierDueAt;
  const due = computeDueAt(
    input.from,
    { amount: step.durationHours, unit: "WORKING_HOURS" },
    await loadWorkingCalendar(tx),
  );
  return input.dossierDueAt && input.dossierDueAt < due ? input.dossierDueAt : due;
}
