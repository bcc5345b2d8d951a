import "server-only";
import type { Actor } from "../../auth/actor";
import { fieldError, parseAdminInput } from "../../forms/input-error";
import { stepsFitTimings, stepsSchema } from "../procedure-time";
import { editProcedure } from "./editable-procedure";

/**
 * Replaces the internal workflow (quy trình nội bộ): each step's role and working hours. Their
 * total must fit in the legal time (procedure-time.ts), so every step deadline recorded on a
 * hand-over (lib/dossiers/step-deadline.ts) falls before the dossier's own due date.
 */
export async function saveProcedureSteps(actor: Actor, code: string, input: unknown[]): Promise<void> {
  await editProcedure(actor, code, "procedure-steps", async (tx, procedureId) => {
    const steps = parseAdminInput(stepsSchema, input);
    const timings = await tx.procedureTiming.findMany({
      where: { procedureId },
      select: { channel: true, amount: true, unit: true },
    });
    const overBudget = stepsFitTimings(steps, timings);
    if (overBudget) throw fieldError("steps", overBudget);
    await tx.procedureStep.deleteMany({ where: { procedureId } });
    await tx.procedureStep.createMany({ data: steps.map((s, i) => ({ ...s, procedureId, sortOrder: i + 1 })) });
  });
}
