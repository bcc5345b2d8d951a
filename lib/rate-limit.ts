import "server-only";

// A fixed-window limiter kept in this process's memory: enough for one server, and for the
// anonymous lookup whose abuse is guessing codes. Several instances would need a shared store.
type Window = { start: number; count: number };
const windows = new Map<string, Window>();

export function rateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): { allowed: boolean; retryAfterSeconds: number } {
  const w = windows.get(key);
  if (!w || now - w.start >= windowMs) {
    windows.set(key, { start: now, count: 1 });
    if (windows.size > 50_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    return { allowed: true, retryAfterSeconds: 0 };
  }
  w.count += 1;
  return { allowed: w.count <= limit, retryAfterSeconds: Math.ceil((w.start + windowMs - now) / 1000) };
}
