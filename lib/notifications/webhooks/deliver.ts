import "server-only";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { resolveWebhookTarget, type ResolvedAddress, type WebhookAddressPolicy } from "./address-policy";

/**
 * POSTs a webhook body to `url` and throws unless it answers 2xx. The address is resolved and
 * checked now (lib/notifications/webhooks/address-policy.ts) and the connection goes to that
 * address, with the URL's host name kept for the Host header, TLS SNI and the certificate check:
 * the name is never resolved a second time. A redirect is not followed (any 3xx is a failure), so
 * a subscriber cannot bounce the request to an address that was not checked.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: WebhookAddressPolicy,
  timeoutMs = 30_000,
): Promise<void> {
  const { url: target, target: address } = await resolveWebhookTarget(url, policy);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const cb = callback as (err: Error | null, address: string | ResolvedAddress[], family?: number) => void;
    if ((options as { all?: boolean }).all) cb(null, [address]);
    else cb(null, address.address, address.family);
  };
  const options: RequestOptions = {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
    lookup: pinned,
    timeout: timeoutMs,
  };
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  await new Promise<void>((resolve, reject) => {
    const req = send(target, options, (res) => {
      let detail = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (detail.length < 200) detail += chunk;
      });
      res.on("end", () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else {
          const text = detail.slice(0, 200);
          reject(new Error(`HTTP ${status} từ ${target.host}${text ? `: ${text}` : ""}`));
        }
      });
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`Quá thời gian chờ ${timeoutMs} ms từ ${target.host}`)));
    req.on("error", reject);
    req.end(body);
  });
}
