import "server-only";
import { db } from "../db";
import { formDefinitionSchema } from "../forms/definition";
import { allFields } from "../forms/to-zod";
import type { z } from "zod";
import type { procedurePageSchema } from "./schemas";

type ProcedurePage = z.infer<typeof procedurePageSchema>;

/** One page of the published catalogue, by procedure code (anyone may read it; the key is for accounting). */
export async function listCatalogPage(page: number, pageSize: number): Promise<ProcedurePage> {
  const where = { published: true };
  const [total, rows] = await Promise.all([
    db.procedure.count({ where }),
    db.procedure.findMany({
      where,
      orderBy: { code: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        code: true,
        name: true,
        formDefinition: true,
        authorityLevel: true,
        serviceLevel: true,
        requiresPersonalPresence: true,
        field: { select: { code: true, name: true } },
        agencies: { select: { agency: { select: { code: true, name: true } } }, orderBy: { agency: { code: "asc" } } },
        timings: { select: { channel: true, amount: true, unit: true }, orderBy: { channel: "asc" } },
        fees: { select: { kind: true, amountVnd: true, description: true } },
        components: { select: { id: true, name: true, required: true, copyType: true }, orderBy: { sortOrder: "asc" } },
      },
    }),
  ]);
  return {
    items: rows.map(({ formDefinition, ...r }) => ({
      ...r,
      agencies: r.agencies.map((a) => a.agency),
      formFields: allFields(formDefinitionSchema.parse(formDefinition)).map((f) => ({
        name: f.name,
        label: f.label,
        type: f.type,
        required: f.required,
        options: f.options,
        maxLength: f.maxLength,
      })),
    })),
    page,
    pageSize,
    total,
  };
}
