import "server-only";
import { cache } from "react";
import { db } from "../db";

// The public catalogue: anyone may read published procedures.

/** The whole published catalogue; searching and filtering live in ./search.ts. */
export async function listProcedures() {
  return db.procedure.findMany({
    where: { published: true },
    orderBy: [{ field: { name: "asc" } }, { name: "asc" }],
    select: { code: true, name: true, authorityLevel: true, serviceLevel: true, field: { select: { name: true } } },
  });
}

/** A national procedure code, N.NNNNNN (the seed checks the same shape). */
const PROCEDURE_CODE = /^\d\.\d{6}$/;

// Cached per request: the page and its metadata both ask for it.
export const getProcedureByCode = cache(async (code: string) => {
  // Anything else cannot exist; checking first keeps odd URLs (e.g. with NUL) away from the database.
  if (!PROCEDURE_CODE.test(code)) return null;
  return db.procedure.findFirst({
    where: { code, published: true },
    select: {
      id: true,
      code: true,
      name: true,
      authorityLevel: true,
      serviceLevel: true,
      steps: true,
      method: true,
      applicants: true,
      conditions: true,
      result: true,
      legalBasis: true,
      requiresPersonalPresence: true,
      paymentBeforeProcessing: true,
      formDefinition: true,
      maxDossierBytes: true,
      field: { select: { code: true, name: true } },
      components: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, copyType: true, count: true, required: true, note: true, templateUrl: true },
      },
      timings: { orderBy: { channel: "asc" }, select: { channel: true, amount: true, unit: true, description: true } },
      fees: { select: { kind: true, amountVnd: true, description: true } },
      agencies: {
        select: { agency: { select: { id: true, name: true, code: true } } },
        orderBy: { agency: { name: "asc" } },
      },
    },
  });
});

export type ProcedureDetail = NonNullable<Awaited<ReturnType<typeof getProcedureByCode>>>;
