import "server-only";

/**
 * POSTs JSON to a provider and throws unless it answers 2xx. The outbox id goes in an
 * Idempotency-Key header so a provider can drop the resend of a message it already has.
 */
export async function postJson(
  url: string,
  body: unknown,
  idempotencyKey: string,
  headers: Record<string, string> = {},
): Promise<void> {
  await postJsonText(url, JSON.stringify(body), idempotencyKey, headers);
}

/** The same with the body already serialised: a signature covers these exact bytes. */
export async function postJsonText(
  url: string,
  body: string,
  idempotencyKey: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": idempotencyKey, ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) {
    const detail = (await res.text().catch(() => "")).slice(0, 200);
    throw new Error(`HTTP ${res.status} từ ${new URL(url).host}${detail ? `: ${detail}` : ""}`);
  }
}
