"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { markPaperSubmission, unmarkPaperSubmission } from "./paper-submission";

export type PaperResult = { error?: string; summary?: string | null };

export async function markPaperAction(dossierId: string, componentId: string, summary: string): Promise<PaperResult> {
  try {
    const saved = await markPaperSubmission(await requireActor(), { dossierId, componentId, summary: String(summary ?? "") });
    revalidatePath(`/ho-so/${dossierId}`);
    return { summary: saved.summary };
  } catch (e) {
    return { error: userMessage(e) };
  }
}

export async function unmarkPaperAction(dossierId: string, componentId: string): Promise<PaperResult> {
  try {
    await unmarkPaperSubmission(await requireActor(), { dossierId, componentId });
    revalidatePath(`/ho-so/${dossierId}`);
    return { summary: null };
  } catch (e) {
    return { error: userMessage(e) };
  }
}
