import "server-only";
import { db } from "../db";
import { toSearchText } from "../text/normalize";

// The public catalogue: anyone may read published procedures.

export async function listProcedures(query?: string) {
  const q = query?.trim() ?? "";
  const search = toSearchText(q);
  return db.procedure.findMany({
    where: {
      published: true,
      ...(q ? { OR: [{ code: { startsWith: q } }, { nameSearch: { contains: search } }] } : {}),
    },
    orderBy: [{ field: { name: "asc" } }, { name: "asc" }],
    select: { code: true, name: true, authorityLevel: true, serviceLevel: true, field: { select: { name: true } } },
  });
}

export async function getProcedureByCode(code: string) {
  return db.procedure.findFirst({
    where: { code, published: true },
    select: {
      id: true, code: true, name: true, authorityLevel: true, serviceLevel: true, steps: true, method: true, applicants: true,
      conditions: true, result: true, legalBasis: true, requiresPersonalPresence: true, formDefinition: true, maxDossierBytes: true,
      field: { select: { name: true } },
      components: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, copyType: true, count: true, required: true, note: true, templateUrl: true } },
      timings: { select: { channel: true, amount: true, unit: true, description: true } },
      fees: { select: { kind: true, amountVnd: true, description: true } },
      agencies: { select: { agency: { select: { id: true, name: true, code: true } } }, orderBy: { agency: { name: "asc" } } },
    },
  });
}

export type ProcedureDetail = NonNullable<Awaited<ReturnType<typeof getProcedureByCode>>>;
