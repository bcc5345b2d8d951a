// Every server action's refusal passes through runCommand (lib/actions/safe-action.ts): a staff
// member's "not found" or "forbidden" goes to the security log (ACCESS_DENIED), a citizen's does not.
import { describe, expect, it, vi } from "vitest";
vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);
import { runCommand } from "../../lib/actions/safe-action";
import { db } from "../../lib/db";
import { AppError, notFound } from "../../lib/errors";
import { signedIn } from "../support/signed-in-actor";
import { actorByPersonalId, seedCitizen } from "../support/seed-helpers";

const SPECIALIST = "072086100002"; // Võ Minh Đức, UBND phường Tân Ninh

// In the order they were logged: each refusal is awaited before the next command runs.
const denied = (userId: string) =>
  db.securityEvent.findMany({
    where: { type: "ACCESS_DENIED", actorUserId: userId },
    orderBy: { seq: "asc" },
    select: { details: true },
  });

describe("refusals in the security log", () => {
  it("logs a staff member's refused command, with the refusal's code, and answers as before", async () => {
    const staff = await actorByPersonalId(SPECIALIST);
    signedIn.actor = staff;
    const before = (await denied(staff.userId)).length;
    const outcome = await runCommand(async () => {
      throw notFound();
    });
    expect(outcome).toMatchObject({ ok: false, refusal: { error: "Không tìm thấy hồ sơ." } });
    await runCommand(async () => {
      throw new AppError("FORBIDDEN", "Không có quyền.");
    });
    // A refusal on input is no security event.
    await runCommand(async () => {
      throw new AppError("INVALID_INPUT", "Thiếu lý do.");
    });
    expect((await denied(staff.userId)).slice(before)).toEqual([
      { details: { code: "NOT_FOUND" } },
      { details: { code: "FORBIDDEN" } },
    ]);
  });

  it("does not log a citizen's 'not found'", async () => {
    const citizen = await seedCitizen();
    signedIn.actor = citizen;
    const outcome = await runCommand(async () => {
      throw notFound();
    });
    expect(outcome.ok).toBe(false);
    expect(await denied(citizen.userId)).toEqual([]);
  });
});
