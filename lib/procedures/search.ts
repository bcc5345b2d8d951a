import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AuthorityLevel, ServiceLevel } from "../generated/prisma/enums";
import { toSearchText } from "../text/normalize";
import { PAGE_SIZE, type CatalogueNote, type CatalogueQuery } from "./search-params";

// Search and filters of the public catalogue: anyone may read published procedures.

const MAX_WORDS = 12;

/** Prisma sends `contains`/`startsWith` as LIKE without escaping (Prisma issue #19506). */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every word must occur in the name (in any order, also as part of a word), or the text starts the code. */
function textFilter(q: string): Prisma.ProcedureWhereInput | undefined {
  const key = toSearchText(q);
  if (!key) return undefined;
  const words = [...new Set(key.split(" "))].slice(0, MAX_WORDS);
  return {
    OR: [
      { code: { startsWith: likeLiteral(key) } },
      { AND: words.map((w) => ({ nameSearch: { contains: likeLiteral(w) } })) },
    ],
  };
}

export type CatalogueResult = {
  items: {
    code: string;
    name: string;
    authorityLevel: AuthorityLevel;
    serviceLevel: ServiceLevel;
    fieldName: string;
  }[];
  total: number;
  page: number;
  pageCount: number;
  /** The query actually run: filters that matched nothing known are removed. */
  query: CatalogueQuery;
  notes: CatalogueNote[];
};

export async function searchProcedures(requested: CatalogueQuery): Promise<CatalogueResult> {
  const query = { ...requested };
  const notes: CatalogueNote[] = [];
  const [field, agency] = await Promise.all([
    query.field ? db.procedureField.findUnique({ where: { code: query.field }, select: { id: true } }) : null,
    query.agency ? db.agency.findUnique({ where: { code: query.agency }, select: { id: true } }) : null,
  ]);
  if (query.field && !field) {
    query.field = undefined;
    notes.push("field-ignored");
  }
  if (query.agency && !agency) {
    query.agency = undefined;
    notes.push("agency-ignored");
  }

  const where: Prisma.ProcedureWhereInput = {
    published: true,
    ...(field && { fieldId: field.id }),
    ...(agency && { agencies: { some: { agencyId: agency.id } } }),
    ...(query.level && { authorityLevel: query.level }),
    ...(query.service && { serviceLevel: query.service }),
    ...textFilter(query.q),
  };
  const total = await db.procedure.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (query.page > pageCount) {
    query.page = pageCount;
    notes.push("page-clamped");
  }
  const rows = await db.procedure.findMany({
    where,
    // The code breaks ties so that pages never overlap.
    orderBy: [{ field: { name: "asc" } }, { name: "asc" }, { code: "asc" }],
    skip: (query.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { code: true, name: true, authorityLevel: true, serviceLevel: true, field: { select: { name: true } } },
  });
  return {
    items: rows.map(({ field: f, ...p }) => ({ ...p, fieldName: f.name })),
    total,
    page: query.page,
    pageCount,
    query,
    notes,
  };
}

// The database may sort by code point ("Đ" after "Z"); people expect Vietnamese order.
const vietnamese = new Intl.Collator("vi");
const byName = (a: { name: string }, b: { name: string }) => vietnamese.compare(a.name, b.name);

/** Choices of the catalogue's filters: only fields and agencies that have published procedures. */
export async function loadCatalogueFilterOptions() {
  const [fields, agencies] = await Promise.all([
    db.procedureField.findMany({
      where: { procedures: { some: { published: true } } },
      select: { code: true, name: true },
    }),
    db.agency.findMany({
      where: { procedures: { some: { procedure: { published: true } } } },
      select: { code: true, name: true, level: true },
    }),
  ]);
  const provinceFirst = (a: { level: AuthorityLevel }) => (a.level === "PROVINCE" ? 0 : 1);
  return {
    fields: fields.sort(byName),
    agencies: agencies.sort((a, b) => provinceFirst(a) - provinceFirst(b) || byName(a, b)),
  };
}

export type CatalogueFilterOptions = Awaited<ReturnType<typeof loadCatalogueFilterOptions>>;
