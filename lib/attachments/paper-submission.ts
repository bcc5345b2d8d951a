import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { draftEditorScope } from "./upload-target";

const MAX_SUMMARY = 1000;

/**
 * The applicant will hand a bulky component in on paper (drawings A3+), describing it in a
 * summary; only components the catalogue allows on paper, only on a draft the actor may edit
 * (their own, or a walk-in draft at their counter).
 */
export async function markPaperSubmission(
  actor: Actor,
  input: { dossierId: string; componentId: string; summary: string },
) {
  const summary = input.summary.trim();
  if (!summary) throw new AppError("INVALID_INPUT", "Vui lòng tóm tắt nội dung giấy tờ sẽ nộp bản giấy.");
  if (summary.length > MAX_SUMMARY) throw new AppError("INVALID_INPUT", `Tóm tắt tối đa ${MAX_SUMMARY} ký tự.`);
  const dossier = await db.dossier.findFirst({
    where: { id: input.dossierId, ...draftEditorScope(actor) },
    select: {
      id: true,
      procedure: {
        select: { components: { where: { id: input.componentId }, select: { id: true, paperAllowed: true } } },
      },
    },
  });
  if (!dossier) throw notFound();
  const component = dossier.procedure.components[0];
  if (!component) throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
  if (!component.paperAllowed) throw new AppError("INVALID_INPUT", "Giấy tờ này phải nộp bản điện tử.");
  return db.paperSubmission.upsert({
    where: { dossierId_componentId: { dossierId: dossier.id, componentId: component.id } },
    create: { dossierId: dossier.id, componentId: component.id, summary },
    update: { summary },
    select: { componentId: true, summary: true },
  });
}

export async function unmarkPaperSubmission(actor: Actor, input: { dossierId: string; componentId: string }) {
  const dossier = await db.dossier.findFirst({
    where: { id: input.dossierId, ...draftEditorScope(actor) },
    select: { id: true },
  });
  if (!dossier) throw notFound();
  await db.paperSubmission.deleteMany({ where: { dossierId: dossier.id, componentId: input.componentId } });
}
