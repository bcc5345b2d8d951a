import "server-only";
import type { Actor } from "../auth/actor";
import { openIdNumberOrNull } from "../crypto/personal-data";
import { db } from "../db";
import { notFound } from "../errors";
import { notificationTargets } from "../notifications/notification-target";
import type { Language } from "./schemas";

/** The actor's own profile: the identity from VNeID (read-only) and the contact preferences. */
export async function getProfile(actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      fullName: true,
      personalId: true,
      dateOfBirth: true,
      permanentAddress: true,
      phone: true,
      email: true,
      contactPhone: true,
      contactEmail: true,
      notifyByEmail: true,
      notifyBySms: true,
      language: true,
    },
  });
  if (!user) throw notFound("Không tìm thấy tài khoản.");
  const { fullName, personalId, dateOfBirth, permanentAddress, phone, email, ...preferences } = user;
  return {
    identity: { fullName, personalId: openIdNumberOrNull(personalId), dateOfBirth, permanentAddress, phone, email },
    preferences: { ...preferences, language: (preferences.language === "en" ? "en" : "vi") as Language },
    // Where notifications would go today, so the page can say so (or warn that nothing would).
    targets: notificationTargets(user),
  };
}

export type Profile = Awaited<ReturnType<typeof getProfile>>;
