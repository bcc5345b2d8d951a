"use server";
import { z } from "zod";
import { runCommand } from "../actions/safe-action";
import { reuseDocument } from "./reuse-document";

const reuseSchema = z.object({
  dossierId: z.string().min(1),
  // One of the two: a component of a draft, or an item of a request to supplement.
  componentId: z.string().min(1).optional(),
  supplementItemId: z.string().min(1).optional(),
  sourceAttachmentId: z.string().min(1, "Vui lòng chọn giấy tờ."),
});

export type ReuseResult = {
  error?: string;
  attachment?: { id: string; fileName: string; sizeBytes: number; componentId: string | null };
};

export async function reuseDocumentAction(input: z.input<typeof reuseSchema>): Promise<ReuseResult> {
  const parsed = reuseSchema.safeParse(input);
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const reused = await runCommand((actor) => reuseDocument(actor, parsed.data));
  return reused.ok ? { attachment: reused.value } : { error: reused.refusal.error };
}
