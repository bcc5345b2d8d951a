// A month of dossiers with known figures for the statistics spec, written straight to the e2e
// database (the workflow that produces them is covered by other specs): March 2019, a month no
// other test touches, so the province's figures for it are exactly these.
import { createPrismaClient } from "../../lib/db/create-client";
import { E2E } from "../e2e-env";
import { seedDossierCode } from "./seed";

const db = createPrismaClient(E2E.databaseUrl(), 2);
const H = 3_600_000;

/**
 * 10 received (6 online, 2 postal, 2 counter), 8 resolved: 3 early, 4 on time, 1 late. The 8
 * resolved were handled by the specialist Võ Minh Đức (the first 5 assigned to him, the next 3
 * proposed by him without an assignment); the 2 still open have nobody yet.
 */
export const MARCH_2019 = { received: 10, online: 6, postal: 2, counter: 2, resolved: 8, early: 3, onTime: 4, late: 1 };

export async function seedMarch2019() {
  const agency = await db.agency.findUniqueOrThrow({
    where: { code: "000.21.01.H80" },
    select: { id: true, code: true },
  });
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" }, select: { id: true } });
  const specialist = await db.user.findFirstOrThrow({ where: { fullName: "Võ Minh Đức" }, select: { id: true } });
  for (let i = 0; i < MARCH_2019.received; i++) {
    const receivedAt = new Date(Date.UTC(2019, 2, 4 + i, 2)); // 09:00 in Vietnam
    const dueAt = new Date(receivedAt.getTime() + 120 * H);
    const finishedAt =
      i < 3
        ? new Date(receivedAt.getTime() + 48 * H)
        : i < 7
          ? new Date(dueAt.getTime() - H)
          : i < 8
            ? new Date(dueAt.getTime() + 24 * H)
            : null;
    const dossier = await db.dossier.create({
      data: {
        code: await seedDossierCode(agency, "190304"),
        procedureId: procedure.id,
        agencyId: agency.id,
        receivingAgencyId: agency.id,
        status: finishedAt ? "RETURNED" : "PROCESSING",
        channel: i < 6 ? "ONLINE" : i < 8 ? "POSTAL" : "COUNTER",
        applicantPersonalId: "072090000001",
        applicantName: `Người nộp thống kê ${i}`,
        applicantNameSearch: `nguoi nop thong ke ${i}`,
        submittedAt: receivedAt,
        receivedAt,
        dueAt,
        finishedAt,
        outcome: finishedAt ? "GRANTED" : null,
        assigneeId: i < 5 ? specialist.id : null,
        version: 1,
      },
    });
    if (i >= 5 && finishedAt)
      await db.dossierEvent.create({
        data: {
          dossierId: dossier.id,
          action: "PROPOSE_RESULT",
          fromStatus: "PROCESSING",
          toStatus: "PROCESSING",
          actorId: specialist.id,
          agencyId: agency.id,
          createdAt: new Date(finishedAt.getTime() - H),
        },
      });
  }
}
