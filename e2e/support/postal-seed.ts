// A complete online draft (form answered, one file per required component) written straight to
// the e2e database: filling the e-form is covered by the wizard's own tests, so the postal journey
// starts at the delivery step.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db/create-client";
import { formDefinitionSchema } from "../../lib/forms/definition";
import { allFields } from "../../lib/forms/to-zod";
import { E2E } from "../e2e-env";
import { applicantPersonalIdColumns, userWithPersonalId } from "./personal-id";

const db = createPrismaClient(E2E.databaseUrl(), 2);

const SAMPLE: Record<string, string> = {
  personalId: "072090000001",
  phone: "0912000001",
  email: "a@example.vn",
  date: "2026-01-15",
  number: "1",
};

/** Cấp bản sao trích lục hộ tịch (2.000635: 8.000 đồng before processing) at UBND phường Tân Ninh, ready to submit. */
export async function seedCompleteDraft(personalId: string, procedureCode = "2.000635"): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: userWithPersonalId(personalId) });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: procedureCode },
    select: { id: true, formDefinition: true, components: { where: { required: true }, select: { id: true } } },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.21.01.H80" } });
  const answers = Object.fromEntries(
    allFields(formDefinitionSchema.parse(procedure.formDefinition)).map((f) => [
      f.name,
      f.type === "select" ? f.options![0].value : (SAMPLE[f.type] ?? `Giá trị ${f.label}`.slice(0, f.maxLength ?? 200)),
    ]),
  );
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
      formData: answers,
      draftExpiresAt: new Date(Date.now() + 30 * 86_400_000),
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
    },
  });
  return dossier.id;
}
