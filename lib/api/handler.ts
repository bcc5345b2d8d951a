import "server-only";
// The one wrapper of every /api/v1 route: authenticates the key, checks the operation's scope
// and the key's rate limit, maps errors to problem responses, and writes the audit row of the
// call (key, route, status, time, address) whatever the outcome — refused calls included.
import { db } from "../db";
import { isAppError, type AppErrorCode } from "../errors";
import { clientIp } from "../http/client-ip";
import { rateLimit } from "../rate-limit";
import { recordSecurityEvent, securityTarget } from "../security-log/record";
import { findApiClient, hasScope, presentedKey, type ApiClient } from "./authenticate";
import type { ApiOperation } from "./operations";
import { problem } from "./problem";
import { loggableError } from "../text/redact";

export type ApiContext = {
  request: Request;
  client: ApiClient | null;
  params: Record<string, string>;
  ip: string | null;
};
type RouteContext = { params: Promise<Record<string, string | string[]> | undefined> };

// Domain refusals of the commands, as API statuses: a request the server understood but whose
// content is wrong is 422 (RFC 9110 §15.5.21), as for schema failures.
const API_STATUS: Partial<Record<AppErrorCode, number>> = { INVALID_INPUT: 422, MISSING_DOCUMENTS: 422 };

export function apiRoute(op: ApiOperation, handle: (ctx: ApiContext) => Promise<Response>) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const started = performance.now();
    const ip = clientIp(request.headers);
    let client: ApiClient | null = null;
    let response: Response;
    try {
      response = await (async () => {
        if (op.scope) {
          const key = presentedKey(request);
          if (!key)
            return problem(
              401,
              "unauthenticated",
              "Thiếu khoá API: gửi tiêu đề Authorization: Bearer <khoá API>.",
              {},
              { "www-authenticate": "Bearer" },
            );
          client = await findApiClient(key);
          if (!client)
            return problem(
              401,
              "unauthenticated",
              "Khoá API không hợp lệ hoặc đã bị thu hồi.",
              {},
              { "www-authenticate": 'Bearer error="invalid_token"' },
            );
          if (!hasScope(client, op.scope))
            return problem(403, "forbidden", `Khoá API không có phạm vi "${op.scope}" cần cho thao tác này.`);
          const limit = rateLimit(`api:${client.keyId}`, client.rateLimitPerMinute, 60_000);
          if (!limit.allowed) {
            return problem(
              429,
              "rate-limited",
              `Khoá API đã vượt giới hạn ${client.rateLimitPerMinute} yêu cầu mỗi phút; thử lại sau ${limit.retryAfterSeconds} giây.`,
              {},
              { "retry-after": String(limit.retryAfterSeconds) },
            );
          }
        }
        const raw = (route ? await route.params : null) ?? {};
        const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
        return await handle({ request, client, params, ip });
      })();
    } catch (e) {
      if (isAppError(e)) {
        const status = API_STATUS[e.code] ?? e.status;
        response = problem(status, e.code.toLowerCase().replace(/_/g, "-"), e.message);
      } else {
        console.error(loggableError(e)); // never the personal data an error may carry (lib/text/redact.ts)
        response = problem(500, "internal", "Đã có lỗi xảy ra. Vui lòng thử lại sau.");
      }
    }
    await audit(request, client, response.status, ip, Math.round(performance.now() - started));
    return response;
  };
}

async function audit(
  request: Request,
  client: ApiClient | null,
  status: number,
  ip: string | null,
  durationMs: number,
) {
  const url = new URL(request.url);
  const keyId = (client as ApiClient | null)?.keyId ?? null;
  try {
    await db.apiCall.create({
      data: { apiKeyId: keyId, method: request.method, route: url.pathname.slice(0, 300), status, ip, durationMs },
    });
    if (keyId) await noteKeyUse(keyId, ip);
  } catch (e) {
    // The answer is already decided; an audit failure is logged, not turned into a 500.
    console.error("API audit:", e);
  }
}

/** A key's use goes to the security log at most once in this time (every call is in ApiCall). */
const KEY_USE_LOG_INTERVAL_MS = 60 * 60_000;

/**
 * Moves the key's `lastUsedAt` and, when the key had not been used for KEY_USE_LOG_INTERVAL_MS
 * (or ever), writes API_KEY_USED to the security log: the log shows when each key started being
 * used again, from which address, without a row per call. One statement reads the previous
 * time and writes the new one.
 */
async function noteKeyUse(keyId: string, ip: string | null) {
  const now = new Date();
  const [row] = await db.$queryRaw<{ previous: Date | null }[]>`
    UPDATE "ApiKey" k SET "lastUsedAt" = ${now}
    FROM (SELECT id, "lastUsedAt" AS previous FROM "ApiKey" WHERE id = ${keyId}) p
    WHERE k.id = p.id RETURNING p.previous`;
  if (row && (!row.previous || now.getTime() - row.previous.getTime() >= KEY_USE_LOG_INTERVAL_MS))
    await recordSecurityEvent({ type: "API_KEY_USED", ip, target: securityTarget.apiKey(keyId) });
}
