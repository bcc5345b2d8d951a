import "server-only";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { profileInputSchema, type ProfileInput, type ProfileValues } from "../schemas";

/**
 * Saves the actor's contact preferences. The row is always the actor's own (the input has no
 * user id); the identity fields from VNeID are not touched. Nothing is stored when any field is bad.
 */
export async function updateProfile(actor: Actor, input: ProfileInput): Promise<ProfileValues> {
  const parsed = profileInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0].message);
  const { contactPhone, contactEmail, notifyByEmail, notifyBySms, language } = parsed.data;
  const updated = await db.user.updateMany({
    where: { id: actor.userId },
    data: { contactPhone, contactEmail, notifyByEmail, notifyBySms, language },
  });
  if (updated.count !== 1) throw notFound("Không tìm thấy tài khoản.");
  return parsed.data;
}
