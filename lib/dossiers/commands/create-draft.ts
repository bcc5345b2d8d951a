import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError } from "../../errors";
import { toSearchText } from "../../text/normalize";

const DRAFT_LIFETIME_DAYS = 30;

/** Starts an online dossier for a procedure at one of its competent agencies. */
export async function createDraft(actor: Actor, input: { procedureCode: string; agencyId: string }) {
  const procedure = await db.procedure.findFirst({
    where: { code: input.procedureCode, published: true },
    select: { id: true, agencies: { where: { agencyId: input.agencyId }, select: { agencyId: true } } },
  });
  if (!procedure) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
  if (procedure.agencies.length === 0)
    throw new AppError("INVALID_INPUT", "Cơ quan đã chọn không giải quyết thủ tục này.");

  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      personalId: true,
      personalIdHash: true,
      fullName: true,
      dateOfBirth: true,
      phone: true,
      email: true,
      permanentAddress: true,
      contactPhone: true,
      contactEmail: true,
    },
  });
  if (!user.personalId) throw new AppError("FORBIDDEN", "Tài khoản chưa có số định danh cá nhân.");

  const dossier = await db.dossier.create({
    data: {
      procedureId: procedure.id,
      agencyId: input.agencyId,
      channel: "ONLINE",
      status: "DRAFT",
      applicantId: actor.userId,
      // Both sealed with the same purpose: the snapshot takes the user's sealed value and hash as they are.
      applicantPersonalId: user.personalId,
      applicantPersonalIdHash: user.personalIdHash,
      applicantName: user.fullName,
      applicantNameSearch: toSearchText(user.fullName),
      applicantBirthDate: user.dateOfBirth,
      // The profile's contact details, when the citizen set them, are the ones to use.
      applicantPhone: user.contactPhone ?? user.phone,
      applicantEmail: user.contactEmail ?? user.email,
      applicantAddress: user.permanentAddress,
      draftExpiresAt: new Date(Date.now() + DRAFT_LIFETIME_DAYS * 24 * 3600 * 1000),
    },
    select: { id: true },
  });
  return dossier.id;
}
