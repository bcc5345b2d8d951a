// A local stand-in for the national public-service portal's status-sync endpoint, for
// development (`npm start` starts it, /dev/cong-quoc-gia shows what it received) and the tests.
// It answers like the real endpoint is asked to: 200 {"ok":true} once it has the push (also for
// a resend, recognised by its Idempotency-Key), 400 for a push without a key or a status.
// It can be told to fail (503, "đang bảo trì") to exercise the outbox's retries:
//   POST /_control {"mode":"fail"|"ok"} (GET /_control reads it)   or   standin.setMode("fail") in a test.
// `hold` keeps the next requests' connections open without an answer after storing them: a
// test kills the worker while it waits, the worst moment (sent, not yet marked).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readPushes, storePush, type ReceivedPush } from "./store";

export const STANDIN_PATH = "/api/dong-bo-trang-thai";
export type StandinMode = "ok" | "fail" | "hold";

export type NationalStandin = {
  port: number;
  url: string;
  setMode(mode: StandinMode): void;
  /** Every accepted request, resends included (the store keeps distinct ones). */
  deliveries: ReceivedPush[];
  /** Requests stored in `hold` mode and still waiting for their answer. */
  heldCount(): number;
  /** Acknowledges `n` more pushes, then switches to `hold` for the next ones. */
  holdAfter(n: number): void;
  close(): Promise<void>;
};

type Options = { port: number; dir: string; host?: string; onPush?: (p: ReceivedPush) => void };

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => {
      data += c;
      if (data.length > 1_000_000) req.destroy(new Error("too large"));
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
};

export async function startNationalStandin(o: Options): Promise<NationalStandin> {
  let mode: StandinMode = "ok";
  let acknowledgeBeforeHold: number | null = null;
  const known = new Set(readPushes(o.dir).map((p) => p.idempotencyKey));
  const deliveries: ReceivedPush[] = [];
  const held = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req).catch(() => null);
      if (req.method === "GET" && req.url === "/_control") return json(res, 200, { mode });
      if (req.method === "POST" && req.url === "/_control") {
        const wanted = (() => {
          try {
            return JSON.parse(body ?? "").mode;
          } catch {
            return null;
          }
        })();
        if (wanted !== "ok" && wanted !== "fail") return json(res, 400, { error: 'mode phải là "ok" hoặc "fail"' });
        mode = wanted;
        return json(res, 200, { mode });
      }
      if (req.method !== "POST" || req.url !== STANDIN_PATH) return json(res, 404, { error: "Không tìm thấy" });
      if (mode === "fail") return json(res, 503, { error: "Hệ thống đang bảo trì" });
      const key = req.headers["idempotency-key"];
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = JSON.parse(body ?? "");
      } catch {
        parsed = null;
      }
      if (typeof key !== "string" || !key || !parsed || typeof parsed.status !== "string" || !parsed.status) {
        return json(res, 400, { error: "Thiếu Idempotency-Key hoặc trạng thái" });
      }
      const push: ReceivedPush = { idempotencyKey: key, receivedAt: new Date().toISOString(), body: parsed };
      deliveries.push(push);
      const stored = storePush(o.dir, push, known);
      if (stored) o.onPush?.(push);
      if (acknowledgeBeforeHold !== null && mode === "ok") {
        if (acknowledgeBeforeHold === 0) {
          mode = "hold";
          acknowledgeBeforeHold = null;
        } else acknowledgeBeforeHold -= 1;
      }
      if (mode === "hold") {
        held.add(res);
        return;
      }
      json(res, 200, { ok: true, duplicate: !stored });
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}${STANDIN_PATH}`,
    setMode: (m) => {
      mode = m;
      acknowledgeBeforeHold = null;
    },
    holdAfter: (n) => {
      acknowledgeBeforeHold = n;
    },
    deliveries,
    heldCount: () => held.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
