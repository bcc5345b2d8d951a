import { describe, expect, it } from "vitest";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { expectedDueAt } from "../../lib/dossiers/expected-due";
import { getDossierForActor } from "../../lib/dossiers/queries";
import { seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// The due date a citizen is told right after filing (the dossier page, the online receipt), with
// the holiday table from the database. March 2026 has no public holiday: weekends only.
describe("expected due date of a filed dossier", () => {
  const timings = [
    { channel: "COUNTER" as const, amount: 5, unit: "WORKING_DAYS" as const },
    { channel: "ONLINE" as const, amount: 1, unit: "WORKING_DAYS" as const },
  ];

  it("takes the channel's own processing time; online after hours counts from the next working day", async () => {
    // Friday 17:30 online → received Monday 07:00 → one working day → Tuesday 17:00.
    expect(await expectedDueAt(timings, "ONLINE", new Date("2026-03-20T17:30+07:00"), null)).toEqual(
      new Date("2026-03-24T17:00+07:00"),
    );
    // At the counter on Monday 10:00, five working days → the next Monday 17:00.
    expect(await expectedDueAt(timings, "COUNTER", new Date("2026-03-16T10:00+07:00"), null)).toEqual(
      new Date("2026-03-23T17:00+07:00"),
    );
  });

  it("falls back to the first processing time, and gives none without any", async () => {
    expect(await expectedDueAt(timings.slice(0, 1), "POSTAL", new Date("2026-03-16T10:00+07:00"), null)).toEqual(
      new Date("2026-03-23T17:00+07:00"),
    );
    expect(await expectedDueAt([], "ONLINE", new Date("2026-03-16T10:00+07:00"), null)).toBeNull();
  });

  it("works from the processing times loaded with the dossier", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen);
    await submitDossier(citizen, id);
    const dossier = await getDossierForActor(citizen, id);
    expect(dossier.procedure.timings.length).toBeGreaterThan(0);
    const due = await expectedDueAt(dossier.procedure.timings, dossier.channel, dossier.submittedAt!, dossier.id);
    expect(due!.getTime()).toBeGreaterThan(dossier.submittedAt!.getTime());
  });
});
