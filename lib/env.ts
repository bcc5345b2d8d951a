import "server-only";
import { parseEnv } from "./env-schema";

export type { Env } from "./env-schema";

/** The validated settings of this server process (see lib/env-schema.ts). */
export const env = parseEnv(process.env);
