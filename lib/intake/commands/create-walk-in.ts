import "server-only";
import { sealIdNumber } from "../../crypto/personal-data";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { assertDeliveryAllowed } from "../../dossiers/delivery-rules";
import { AppError } from "../../errors";
import { toSearchText } from "../../text/normalize";
import { counterAgencyIds } from "../../dossiers/walk-in-access";
import { walkInStartSchema } from "../schemas";

const DRAFT_LIFETIME_DAYS = 30;

/**
 * Starts a dossier the counter officer files for a person who brought the papers in (or sent
 * them by post): the officer owns the draft until reception. Since NĐ 118/2025 any counter in
 * the province takes any procedure: the dossier goes to the competent agency chosen among the
 * procedure's agencies, and remembers the counter where it was handed in.
 *
 * The applicant's account, if any, is linked only at reception (receive-at-counter.ts): a
 * draft linked earlier would show up in the citizen's portal, editable and submittable there.
 */
export async function createWalkIn(actor: Actor, raw: Record<string, unknown>): Promise<string> {
  const parsed = walkInStartSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const input = parsed.data;

  const counters = counterAgencyIds(actor);
  if (counters.length === 0)
    throw new AppError("FORBIDDEN", "Chỉ cán bộ tiếp nhận hồ sơ mới được tiếp nhận hồ sơ trực tiếp.");
  const receivingAgencyId = input.receivingAgencyId ?? (counters.length === 1 ? counters[0] : null);
  if (!receivingAgencyId) throw new AppError("INVALID_INPUT", "Vui lòng chọn nơi tiếp nhận hồ sơ.");
  if (!counters.includes(receivingAgencyId))
    throw new AppError("FORBIDDEN", "Bạn không phải cán bộ tiếp nhận của cơ quan này.");

  const procedure = await db.procedure.findFirst({
    where: { code: input.procedureCode, published: true },
    select: {
      id: true,
      requiresPersonalPresence: true,
      agencies: { where: { agencyId: input.agencyId }, select: { agencyId: true } },
    },
  });
  if (!procedure) throw new AppError("INVALID_INPUT", "Không tìm thấy thủ tục đã chọn.");
  if (procedure.agencies.length === 0)
    throw new AppError("INVALID_INPUT", "Cơ quan đã chọn không có thẩm quyền giải quyết thủ tục này.");
  assertDeliveryAllowed(procedure, { dossierByPost: input.channel === "POSTAL" }, "AGENCY");

  // Sealed at rest, found by its keyed hash (lib/crypto/personal-data.ts).
  const personalId = sealIdNumber(input.applicantPersonalId);
  const dossier = await db.dossier.create({
    data: {
      procedureId: procedure.id,
      agencyId: input.agencyId,
      receivingAgencyId,
      channel: input.channel,
      status: "DRAFT",
      createdById: actor.userId,
      applicantPersonalId: personalId.sealed,
      applicantPersonalIdHash: personalId.hash,
      applicantName: input.applicantName,
      applicantNameSearch: toSearchText(input.applicantName),
      applicantBirthDate: input.applicantBirthDate ? new Date(`${input.applicantBirthDate}T00:00:00Z`) : null,
      applicantPhone: input.applicantPhone,
      applicantEmail: input.applicantEmail,
      applicantAddress: input.applicantAddress,
      draftExpiresAt: new Date(Date.now() + DRAFT_LIFETIME_DAYS * 24 * 3600 * 1000),
    },
    select: { id: true },
  });
  return dossier.id;
}
