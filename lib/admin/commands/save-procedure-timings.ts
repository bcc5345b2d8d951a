import "server-only";
import type { Actor } from "../../auth/actor";
import { fieldError, parseAdminInput } from "../../forms/input-error";
import { stepsFitTimings, timingsSchema } from "../procedure-time";
import { editProcedure } from "./editable-procedure";

/**
 * Replaces the processing time of each channel (thời hạn giải quyết). A channel left out is no
 * longer offered a time. The internal steps must still fit in the new legal time: shorten them
 * first (the deadline printed on receipts must be reachable by the steps).
 */
export async function saveProcedureTimings(actor: Actor, code: string, input: unknown[]): Promise<void> {
  await editProcedure(actor, code, "procedure-timings", async (tx, procedureId) => {
    const timings = parseAdminInput(timingsSchema, input);
    const steps = await tx.procedureStep.findMany({ where: { procedureId }, select: { durationHours: true } });
    const overBudget = stepsFitTimings(steps, timings);
    if (overBudget) throw fieldError("timings", `${overBudget} Hãy rút ngắn các bước xử lý trước khi giảm thời hạn.`);
    await tx.procedureTiming.deleteMany({ where: { procedureId } });
    await tx.procedureTiming.createMany({ data: timings.map((t) => ({ ...t, procedureId })) });
  });
}
