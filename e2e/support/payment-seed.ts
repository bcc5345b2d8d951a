// A dossier waiting for its fees (AWAITING_PAYMENT, bill issued), written straight to the e2e
// database: reception and the officer's "Yêu cầu nộp phí, lệ phí" are covered by
// tests/integration/payments.test.ts, so the end-to-end test exercises only the payment.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db/create-client";
import { E2E } from "../e2e-env";
import { applicantPersonalIdColumns, userWithPersonalId } from "./personal-id";
import { seedDossierCode } from "./seed";

const db = createPrismaClient(E2E.databaseUrl(), 2);

/** Cấp bản sao trích lục hộ tịch (2.000635, 8.000 đồng before processing) filed online by the citizen. */
export async function seedDossierAwaitingPayment(
  personalId: string,
): Promise<{ id: string; code: string; totalVnd: number }> {
  const user = await db.user.findUniqueOrThrow({ where: userWithPersonalId(personalId) });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "2.000635" },
    select: { id: true, fees: true, components: { where: { required: true }, select: { id: true } } },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const code = await seedDossierCode(agency, "991230");
  const now = new Date();
  const lines = procedure.fees
    .filter((f) => f.amountVnd > 0)
    .map((f, position) => ({ kind: f.kind, description: f.description, amountVnd: f.amountVnd, position }));
  const totalVnd = lines.reduce((s, l) => s + l.amountVnd, 0);
  const dossier = await db.dossier.create({
    data: {
      code,
      procedureId: procedure.id,
      agencyId: agency.id,
      receivingAgencyId: agency.id,
      status: "AWAITING_PAYMENT",
      channel: "ONLINE",
      applicantId: user.id,
      ...applicantPersonalIdColumns(personalId),
      applicantName: user.fullName,
      applicantNameSearch: user.fullName.toLowerCase(),
      applicantEmail: user.email,
      submittedAt: now,
      receivedAt: now,
      version: 3,
      events: {
        create: [
          { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: user.id },
          { action: "RECEIVE", fromStatus: "SUBMITTED", toStatus: "RECEIVED" },
          { action: "REQUEST_PAYMENT", fromStatus: "RECEIVED", toStatus: "AWAITING_PAYMENT" },
        ],
      },
      attachments: {
        create: procedure.components.map((c) => ({
          componentId: c.id,
          fileName: `giay-to-${c.id.slice(-4)}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 682,
          sha256: "0".repeat(64),
          storageKey: randomUUID().replace(/-/g, ""),
          uploadedById: user.id,
        })),
      },
      bill: { create: { totalVnd, lines: { create: lines } } },
    },
  });
  return { id: dossier.id, code, totalVnd };
}
