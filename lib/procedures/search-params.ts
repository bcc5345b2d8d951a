// Query parameters of the public catalogue (/thu-tuc). The URLs are typed, shared and
// bookmarked by anyone, so parsing is lenient: a bad value is dropped or clamped and the
// page says so in a note, it never fails. Pure and safe for the browser.
import { z } from "zod";
import type { AuthorityLevel, ServiceLevel } from "../generated/prisma/enums";

export const CATALOGUE_PATH = "/thu-tuc";
export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

const LEVEL_BY_PARAM = { tinh: "PROVINCE", xa: "COMMUNE" } as const satisfies Record<string, AuthorityLevel>;
const SERVICE_BY_PARAM = { "toan-trinh": "FULL_ONLINE", "mot-phan": "PARTIAL_ONLINE" } as const satisfies Record<
  string,
  ServiceLevel
>;
type LevelParam = keyof typeof LEVEL_BY_PARAM;
type ServiceParam = keyof typeof SERVICE_BY_PARAM;

/** URL values of the select options, so the form and the parser share one spelling. */
export const LEVEL_PARAM: Record<AuthorityLevel, LevelParam> = { PROVINCE: "tinh", COMMUNE: "xa" };
export const SERVICE_PARAM: Record<ServiceLevel, ServiceParam> = {
  FULL_ONLINE: "toan-trinh",
  PARTIAL_ONLINE: "mot-phan",
};

/** The strict shape of the parameters; `parseCatalogueParams` drops whatever fails it. */
export const catalogueParamsSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).default(""),
  "linh-vuc": z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,50}$/)
    .optional(), // ProcedureField.code
  "co-quan": z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.]{1,30}$/)
    .optional(), // Agency.code (QCVN 102)
  cap: z.enum(Object.keys(LEVEL_BY_PARAM) as [LevelParam, ...LevelParam[]]).optional(),
  "muc-do": z.enum(Object.keys(SERVICE_BY_PARAM) as [ServiceParam, ...ServiceParam[]]).optional(),
  trang: z
    .string()
    .regex(/^0*[1-9]\d{0,8}$/)
    .transform(Number)
    .default(1),
});

type ParamKey = keyof z.input<typeof catalogueParamsSchema>;
export const PARAM_KEYS = Object.keys(catalogueParamsSchema.shape) as ParamKey[];

export type CatalogueQuery = {
  q: string;
  field?: string;
  agency?: string;
  level?: AuthorityLevel;
  service?: ServiceLevel;
  page: number;
};

export type CatalogueNote =
  | "q-truncated"
  | "field-ignored"
  | "agency-ignored"
  | "level-ignored"
  | "service-ignored"
  | "page-invalid"
  | "page-clamped";

const NOTE_BY_PARAM: Record<ParamKey, CatalogueNote> = {
  q: "q-truncated",
  "linh-vuc": "field-ignored",
  "co-quan": "agency-ignored",
  cap: "level-ignored",
  "muc-do": "service-ignored",
  trang: "page-invalid",
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Cuts at a code-unit limit without leaving half of a surrogate pair behind. */
function truncate(s: string, max: number): string {
  return s
    .trim()
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
}

export function parseCatalogueParams(raw: RawSearchParams): { query: CatalogueQuery; notes: CatalogueNote[] } {
  const input: Partial<Record<ParamKey, string>> = {};
  for (const key of PARAM_KEYS) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    // Control characters are never meant, and PostgreSQL rejects NUL in text.
    const clean = first?.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
    if (clean) input[key] = clean;
  }
  const notes: CatalogueNote[] = [];
  const first = catalogueParamsSchema.safeParse(input);
  if (!first.success) {
    for (const key of new Set(first.error.issues.map((i) => i.path[0] as ParamKey))) {
      if (key === "q" && input.q) input.q = truncate(input.q, MAX_QUERY_LENGTH);
      else delete input[key];
      notes.push(NOTE_BY_PARAM[key]);
    }
  }
  const p = catalogueParamsSchema.parse(input);
  return {
    query: {
      q: p.q,
      field: p["linh-vuc"],
      agency: p["co-quan"],
      level: p.cap && LEVEL_BY_PARAM[p.cap],
      service: p["muc-do"] && SERVICE_BY_PARAM[p["muc-do"]],
      page: p.trang,
    },
    notes,
  };
}

/** The catalogue URL for a query (and optionally another page), empty parameters left out. */
export function catalogueHref(query: CatalogueQuery, page = query.page): string {
  const entries: [ParamKey, string | undefined][] = [
    ["q", query.q],
    ["linh-vuc", query.field],
    ["co-quan", query.agency],
    ["cap", query.level && LEVEL_PARAM[query.level]],
    ["muc-do", query.service && SERVICE_PARAM[query.service]],
    ["trang", page > 1 ? String(page) : undefined],
  ];
  const search = new URLSearchParams(entries.filter((e): e is [ParamKey, string] => !!e[1])).toString();
  return search ? `${CATALOGUE_PATH}?${search}` : CATALOGUE_PATH;
}
