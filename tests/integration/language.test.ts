import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { setLanguage } from "../../lib/profile/commands/set-language";
import { getProfile } from "../../lib/profile/queries";
import { seedCitizen } from "../support/seed-helpers";

// The header's language switch stores the choice of a signed-in citizen (lib/profile/language-action.ts).
describe("the language switch for a signed-in citizen", () => {
  it("stores the language on the actor's own account only, leaving the other preferences alone", async () => {
    const citizen = await seedCitizen();
    const other = await seedCitizen();
    const before = await getProfile(citizen);

    await setLanguage(citizen, "en");
    expect((await getProfile(citizen)).preferences).toEqual({ ...before.preferences, language: "en" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.userId } })).language).toBe("vi");

    await setLanguage(citizen, "vi");
    expect((await getProfile(citizen)).preferences.language).toBe("vi");
  });
});
