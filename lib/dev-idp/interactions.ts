// The interaction (sign-in) routes: oidc-provider redirects the browser to
// /interaction/<uid>; we show the identity picker and report the chosen identity back.
//
//   GET  /interaction/<uid>          sign-in page
//   POST /interaction/<uid>/login    personalId=<12 digits>, loa=LoA1|LoA2 → sign in as that person
//   POST /interaction/<uid>/create   the "Tạo danh tính mới" form → persist, then sign in
//   POST /interaction/<uid>/abort                               → access_denied to the app
//
// No CSRF token is needed: oidc-provider's interaction cookie is SameSite=Lax, so a
// cross-site POST arrives without it and interactionDetails() rejects it.

import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { subjectOf, type IdentityStore } from "./identities";
import { errorPage, signInPage, type SignInPageOptions } from "./pages";
import { loginResult } from "./provider";

export const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|create|abort))?$/;

const MAX_BODY_BYTES = 16 * 1024;

export async function handleInteraction(
  provider: Provider,
  store: IdentityStore,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    return sendHtml(
      res,
      400,
      errorPage("Phiên đăng nhập đã hết hạn hoặc không hợp lệ.", "Vui lòng quay lại ứng dụng và bấm đăng nhập lại."),
    );
  }
  // The cookie names the interaction; a different uid in the URL is a stale or forged link.
  if (details.uid !== uid) {
    return sendHtml(res, 400, errorPage("Phiên đăng nhập không khớp.", "Vui lòng quay lại ứng dụng và đăng nhập lại."));
  }

  const client = details.params.client_id ? await provider.Client.find(String(details.params.client_id)) : undefined;
  const page = async (extra: Partial<SignInPageOptions> = {}) =>
    signInPage({
      uid,
      clientName: client?.clientName ?? String(details.params.client_id ?? ""),
      people: await store.list(),
      ...extra,
    });

  if (req.method === "GET" && !action) {
    return sendHtml(res, 200, await page());
  }
  if (req.method !== "POST" || !action) {
    res.writeHead(405, { Allow: "GET, POST" }).end();
    return;
  }

  const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
  if (action === "abort") {
    // ASCII on purpose: RFC 6749 limits error_description to printable ASCII.
    return provider.interactionFinished(req, res, {
      error: "access_denied",
      error_description: "End-User cancelled the sign-in",
    });
  }
  if (action === "login") {
    const identity = await store.find(form.personalId ?? "");
    if (!identity) {
      // Only reachable with a hand-made request: the page posts IDs it listed itself.
      return sendHtml(
        res,
        400,
        errorPage("Không tìm thấy danh tính đã chọn.", "Vui lòng quay lại ứng dụng và đăng nhập lại."),
      );
    }
    return provider.interactionFinished(req, res, loginResult(subjectOf(identity.personalId), form.loa));
  }
  // action === "create"
  const created = await store.create(form);
  if (!created.ok) {
    return sendHtml(res, 400, await page({ errors: created.errors, values: form }));
  }
  return provider.interactionFinished(req, res, loginResult(subjectOf(created.identity.personalId), form.loa));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    // No scripts anywhere; inline styles only. form-action is deliberately not set: Chrome
    // applies it to the redirect chain after a POST, which ends at the app's origin.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
  });
  res.end(html);
}
