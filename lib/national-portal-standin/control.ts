import "server-only";
import { env } from "../env";
import { STANDIN_PATH } from "./server";

// The development page's handle on the stand-in that scripts/serve.ts started: only a stand-in
// on this machine (loopback, the stand-in's path), never a real national endpoint, and never
// in production.
function controlUrl(): string | null {
  if (env.APP_ENV === "production" || !env.NATIONAL_PORTAL_URL) return null;
  const url = new URL(env.NATIONAL_PORTAL_URL);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) || url.pathname !== STANDIN_PATH) return null;
  return new URL("/_control", url).toString();
}

export type StandinStatus = { running: boolean; mode: string | null; url: string | null };

export async function standinStatus(): Promise<StandinStatus> {
  const url = controlUrl();
  if (!url) return { running: false, mode: null, url: env.NATIONAL_PORTAL_URL ?? null };
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000), cache: "no-store" });
    return {
      running: res.ok,
      mode: res.ok ? ((await res.json()) as { mode: string }).mode : null,
      url: env.NATIONAL_PORTAL_URL ?? null,
    };
  } catch {
    return { running: false, mode: null, url: env.NATIONAL_PORTAL_URL ?? null };
  }
}

export async function setStandinMode(mode: "ok" | "fail"): Promise<boolean> {
  const url = controlUrl();
  if (!url) return false;
  const res = await fetch(url, {
    method: "POST",
    body: JSON.stringify({ mode }),
    signal: AbortSignal.timeout(2_000),
  }).catch(() => null);
  return res?.ok ?? false;
}
