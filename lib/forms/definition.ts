// The e-form of a procedure, stored as data with the procedure (Procedure.formDefinition)
// and turned into one zod schema used by both the browser form and the server.
import { z } from "zod";

/** Identity claims a field may be pre-filled from (VNeID, NĐ 69/2024: docs/domain.md §7). */
export const PREFILL_SOURCES = [
  "fullName",
  "personalId",
  "dateOfBirth",
  "gender",
  "phone",
  "email",
  "permanentAddress",
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export const FIELD_TYPES = ["text", "textarea", "date", "number", "select", "personalId", "phone", "email"] as const;

export const formFieldSchema = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  label: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
  maxLength: z.number().int().positive().optional(),
  help: z.string().optional(),
});

export const formDefinitionSchema = z.object({
  version: z.literal(1),
  sections: z.array(z.object({ title: z.string().min(1), fields: z.array(formFieldSchema).min(1) })).min(1),
});

export type FormField = z.infer<typeof formFieldSchema>;
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
/** What seed files write: defaults may be omitted. */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;
