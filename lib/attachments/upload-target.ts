import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Tx } from "../db/create-client";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { walkInDraftScope } from "../dossiers/walk-in-access";
import type { SizeRoom } from "../files/limits";

/**
 * Where a file goes: a component of a draft, or one item of a request to supplement (Mẫu 02),
 * which the citizen answers item by item without touching the rest of the dossier.
 */
export type UploadSlot = { componentId?: string | null; supplementItemId?: string | null };

/** A place in a dossier the actor may attach files to, with the room left in it. */
export type UploadTarget = SizeRoom & {
  dossierId: string;
  componentId: string | null;
  supplementItemId: string | null;
};

/**
 * Drafts the actor may put files in: their own online draft, or a dossier a counter officer
 * files on someone's behalf at one of the actor's counters (lib/intake). A citizen never
 * reaches a walk-in draft, even one filed under their personal ID.
 */
export function draftEditorScope(actor: Actor): Prisma.DossierWhereInput {
  return { status: "DRAFT", OR: [{ applicantId: actor.userId, createdById: null }, walkInDraftScope(actor)] };
}

/**
 * The one ownership rule for uploads, shared by every upload route: a draft the actor may edit
 * takes files for the components of its procedure; the applicant's own dossier waiting for a
 * supplement takes them only for the items asked. Others' dossiers are "not found", so their
 * existence is not revealed.
 */
export async function loadUploadTarget(
  actor: Actor,
  dossierId: string,
  slot: UploadSlot,
  client: Tx = db,
): Promise<UploadTarget> {
  const itemId = slot.supplementItemId || null;
  const componentId = slot.componentId || null;
  if (!itemId && !componentId) throw new AppError("INVALID_INPUT", "Thiếu thành phần hồ sơ.");
  const dossier = await client.dossier.findFirst({
    where: itemId
      ? { id: dossierId, applicantId: actor.userId, status: "SUPPLEMENT_REQUESTED" }
      : { id: dossierId, ...draftEditorScope(actor) },
    select: {
      id: true,
      procedure: {
        select: { maxDossierBytes: true, components: { where: { id: componentId ?? "" }, select: { id: true } } },
      },
      attachments: { select: { sizeBytes: true } },
      supplementRequests: {
        where: { answeredAt: null },
        select: { items: { where: { id: itemId ?? "" }, select: { id: true, componentId: true } } },
      },
    },
  });
  if (!dossier) throw notFound();
  const item = dossier.supplementRequests.flatMap((r) => r.items)[0];
  if (itemId && !item) throw new AppError("INVALID_INPUT", "Giấy tờ này không nằm trong yêu cầu bổ sung.");
  if (!itemId && dossier.procedure.components.length === 0)
    throw new AppError("INVALID_INPUT", "Thành phần hồ sơ không thuộc thủ tục này.");
  return {
    dossierId: dossier.id,
    componentId: item ? item.componentId : componentId,
    supplementItemId: item?.id ?? null,
    maxFileBytes: env.UPLOAD_MAX_FILE_BYTES,
    maxDossierBytes: dossier.procedure.maxDossierBytes,
    usedBytes: dossier.attachments.reduce((sum, a) => sum + a.sizeBytes, 0),
  };
}
