import "server-only";
import { db } from "../db";
import { hashApiKey, looksLikeApiKey } from "./key-format";
import type { ApiScope } from "./scopes";

export type ApiClient = { keyId: string; name: string; scopes: string[]; rateLimitPerMinute: number };

/** The key of `Authorization: Bearer <key>`, or null when the header is missing or malformed. */
export function presentedKey(request: Request): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return m ? m[1] : null;
}

/** The active key with this value, or null (unknown, malformed or revoked look the same). */
export async function findApiClient(key: string): Promise<ApiClient | null> {
  if (!looksLikeApiKey(key)) return null;
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, name: true, scopes: true, rateLimitPerMinute: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return { keyId: row.id, name: row.name, scopes: row.scopes, rateLimitPerMinute: row.rateLimitPerMinute };
}

export const hasScope = (client: ApiClient, scope: ApiScope) => client.scopes.includes(scope);
