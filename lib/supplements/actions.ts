"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import type { ActionState } from "../dossiers/actions";
import { answerSupplement } from "./answer-supplement";
import { requestSupplement } from "./request-supplement";

/** Reads the officer's checklist: a checkbox and a reason per component, plus one free item. */
export async function requestSupplementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const version = z.coerce.number().int().min(0).safeParse(formData.get("version"));
  if (!version.success) return { error: "Dữ liệu không hợp lệ. Vui lòng tải lại trang." };
  const items = formData
    .getAll("componentId")
    .map(String)
    .map((componentId) => ({ componentId, reason: String(formData.get(`reason-${componentId}`) ?? "") }));
  const otherLabel = String(formData.get("otherLabel") ?? "").trim();
  const otherReason = String(formData.get("otherReason") ?? "").trim();
  const all: { componentId?: string; label?: string; reason: string }[] = items;
  if (otherLabel || otherReason) all.push({ label: otherLabel, reason: otherReason });
  try {
    const actor = await requireActor();
    await requestSupplement(actor, dossierId, { items: all, note: String(formData.get("note") ?? ""), version: version.data });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: true };
}

export async function answerSupplementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const version = z.coerce.number().int().min(0).safeParse(formData.get("version"));
  if (!version.success) return { error: "Dữ liệu không hợp lệ. Vui lòng tải lại trang." };
  try {
    const actor = await requireActor();
    await answerSupplement(actor, dossierId, { version: version.data });
  } catch (e) {
    return { error: userMessage(e) };
  }
  revalidatePath(`/ho-so/${dossierId}`);
  return { ok: true };
}
