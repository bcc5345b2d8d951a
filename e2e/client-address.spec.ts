// The anonymous lookup's rate limit counts per client address (lib/http/client-ip.ts,
// docs/decisions/022): without a proxy in front (TRUSTED_PROXY_HOPS=0, as here) that is the
// socket's address, whatever X-Forwarded-For the client sends.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E } from "./e2e-env";

const LIMITED = "Bạn tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.";
const LIMIT = 30; // LOOKUP_RATE_LIMIT_PER_MINUTE's default, which the e2e server keeps.

/** GET from a loopback source address of our own, so this test has its own allowance. */
function get(path: string, localAddress: string, headers: Record<string, string>): Promise<string> {
  const { hostname, port } = new URL(E2E.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.get({
      host: hostname === "localhost" ? "127.0.0.1" : hostname,
      port,
      path,
      localAddress,
      headers,
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
  });
}

test("a new X-Forwarded-For on every request does not escape the lookup's rate limit", async () => {
  const source = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
  const lookup = (n: number) =>
    get(`/tra-cuu?ma=000.00.00.H57-250101-${String(n).padStart(4, "0")}`, source, {
      "x-forwarded-for": `203.0.113.${n % 250}, 198.51.100.${n % 250}`,
    });
  for (let n = 1; n <= LIMIT; n++) expect(await lookup(n), `lookup ${n}`).not.toContain(LIMITED);
  expect(await lookup(LIMIT + 1)).toContain(LIMITED);
  expect(await lookup(LIMIT + 2)).toContain(LIMITED);
});
