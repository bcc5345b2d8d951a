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

/** The payer's permanent address the fee journey's draft declares (printed on the biên lai). */
export const FEE_DRAFT_ADDRESS = "Số 7, đường Trưng Nữ Vương, khu phố 2, phường Tân Ninh, tỉnh Tây Ninh";

/**
 * A complete online draft of Cấp bản sao trích lục hộ tịch asking 2 copies, the result by post in
 * the agency's own ward at the citizen's cost (15.000 đồng quoted): the e-form, files and postal
 * choice the wizard's steps would have saved, so the journey test starts at the check-answers step.
 */
export async function seedFeeDraft(
  personalId: string,
): Promise<{ id: string; deliveryStep: number; reviewStep: number }> {
  const user = await db.user.findUniqueOrThrow({ where: userWithPersonalId(personalId) });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "2.000635" },
    select: { id: true, components: { where: { required: true }, select: { id: true } } },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const dossier = await db.dossier.create({
    data: {
      procedureId: procedure.id,
      agencyId: agency.id,
      status: "DRAFT",
      channel: "ONLINE",
      applicantId: user.id,
      ...applicantPersonalIdColumns(personalId),
      applicantName: user.fullName,
      applicantNameSearch: user.fullName.toLowerCase(),
      applicantEmail: user.email,
      applicantPhone: "0987654321",
      resultDelivery: "POST",
      draftExpiresAt: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      formData: {
        applicantName: user.fullName,
        applicantPersonalId: personalId,
        applicantBirthDate: "",
        applicantPhone: "0987654321",
        applicantEmail: user.email ?? "",
        applicantAddress: FEE_DRAFT_ADDRESS,
        eventType: "Khai sinh",
        subjectName: user.fullName,
        registrationNumber: "",
        registrationDate: "",
        registrationPlace: "UBND phường Tân Ninh",
        copies: "2",
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
      postalChoice: {
        create: {
          resultByPost: true,
          dossierByPost: false,
          provinceCode: "80",
          communeCode: "25459",
          street: "Số 7, đường Trưng Nữ Vương, khu phố 2",
          recipientName: user.fullName,
          recipientPhone: "0987654321",
          zone: "SAME_COMMUNE",
          weightGrams: 100,
          postageVnd: 15000,
          quotedAt: new Date(),
        },
      },
    },
  });
  // Two e-form sections, then the documents, the delivery and the check-answers steps.
  return { id: dossier.id, deliveryStep: 4, reviewStep: 5 };
}

/** When the gateway's payment of the dossier was settled (the biên lai prints it). */
export async function settledAtOf(dossierId: string): Promise<Date> {
  const payment = await db.payment.findFirstOrThrow({
    where: { bill: { dossierId }, state: "SUCCEEDED" },
    select: { settledAt: true },
  });
  return payment.settledAt!;
}
