"use server";
import { revalidatePath } from "next/cache";
import { runCommand } from "../actions/safe-action";
import { markPaperSubmission, unmarkPaperSubmission } from "./paper-submission";

export type PaperResult = { error?: string; summary?: string | null };

export async function markPaperAction(dossierId: string, componentId: string, summary: string): Promise<PaperResult> {
  const marked = await runCommand(
    (actor) => markPaperSubmission(actor, { dossierId, componentId, summary: String(summary ?? "") }),
    undefined,
    { summary },
  );
  if (!marked.ok) return { error: marked.refusal.error };
  revalidatePath(`/ho-so/${dossierId}`);
  return { summary: marked.value.summary };
}

export async function unmarkPaperAction(dossierId: string, componentId: string): Promise<PaperResult> {
  const unmarked = await runCommand((actor) => unmarkPaperSubmission(actor, { dossierId, componentId }));
  if (!unmarked.ok) return { error: unmarked.refusal.error };
  revalidatePath(`/ho-so/${dossierId}`);
  return { summary: null };
}
