// The integration API v1 through its real route handlers and a real database: keys (401, 403,
// revoked, audited), the catalogue's pages, a dossier's status without personal data, and the
// creation of a dossier received by another portal (idempotent; every refusal stores nothing).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getDossier } from "../../app/api/v1/dossiers/[code]/route";
import { POST as postDossier } from "../../app/api/v1/dossiers/route";
import { GET as getProcedures } from "../../app/api/v1/procedures/route";
import { DELETE as deleteWebhook } from "../../app/api/v1/webhooks/[id]/route";
import { GET as getWebhooks, POST as postWebhook } from "../../app/api/v1/webhooks/route";
import { createApiKey, revokeApiKey } from "../../lib/api/keys";
import { hashApiKey } from "../../lib/api/key-format";
import { idNumberHash, openIdNumber } from "../../lib/crypto/personal-data";
import { db } from "../../lib/db";
import { actorByPersonalId, storedFiles, validAnswers } from "../support/seed-helpers";
import type { Actor } from "../../lib/auth/actor";
import "../../scripts/lib/peer-address.mjs";

const PROVINCE_ADMIN = "072083300002"; // Trịnh Thị Ngọc
const AGENCY_ADMIN = "072080300003"; // Lý Thanh Phong (UBND phường Tân Ninh only)
const PROCEDURE = "1.001193"; // Đăng ký khai sinh
const AGENCY = "000.21.01.H80";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let admin: Actor;
let readKey: string; // catalog:read + dossiers:read
let createKey: string; // dossiers:create only
let hookKey: string; // webhooks:manage

const base = "http://localhost:3000";
const call = (path: string, init: RequestInit & { key?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  // The socket address as scripts/lib/peer-address.mjs (loaded above) writes it; X-Forwarded-For is
  // the client's own and is ignored without trusted proxies (lib/http/client-ip.ts).
  headers.set("x-dvc-peer-address", "203.0.113.7");
  headers.set("x-forwarded-for", "198.51.100.99");
  return new Request(`${base}${path}`, { ...init, headers });
};
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const json = async (r: Response) => ({
  status: r.status,
  type: r.headers.get("content-type"),
  body: r.status === 204 ? null : await r.json(),
});

async function validBody(over: Record<string, unknown> = {}) {
  const components = await db.documentComponent.findMany({
    where: { procedure: { code: PROCEDURE }, required: true },
    select: { id: true },
  });
  return {
    procedureCode: PROCEDURE,
    agencyCode: AGENCY,
    source: { system: "dichvucong.gov.vn", reference: `G22.99-${Math.random().toString(36).slice(2, 10)}` },
    applicant: { personalId: "079099000111", fullName: "Trần Văn Liên Thông", email: "lienthong@example.vn" },
    form: await validAnswers(PROCEDURE),
    documents: components.map((c) => ({
      componentId: c.id,
      fileName: "giay-to.pdf",
      contentBase64: PDF.toString("base64"),
    })),
    ...over,
  };
}
const create = (
  body: unknown,
  idempotencyKey: string | null = `idem-${Math.random().toString(36).slice(2)}`,
  key = createKey,
) =>
  postDossier(
    call("/api/v1/dossiers", {
      method: "POST",
      key,
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json", ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) },
    }),
  );
const dossierCount = () => db.dossier.count();

/**
 * Runs `requests` (two at once) so that neither commits before the other has looked for an
 * earlier request with its key: the procedure's row is held FOR UPDATE in a transaction of our
 * own, so each request's transaction, past the replay check, waits at its dossier insert (the
 * foreign key check); the row is released once both wait. Then one inserts the key row and the
 * other meets the unique violation. Without this barrier the first request usually committed
 * before the second began, and the test passed with the conflict handling removed.
 */
async function bothPastTheReplayCheck<T>(requests: () => Promise<T>): Promise<T> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: (pid: number) => void;
  const holding = new Promise<number>((resolve) => (locked = resolve));
  const holder = db.$transaction(async (tx) => {
    const [{ pid }] = await tx.$queryRaw<
      { pid: number }[]
    >`SELECT pg_backend_pid() AS pid FROM "Procedure" WHERE code = ${PROCEDURE} FOR UPDATE`;
    locked(pid);
    await released;
  });
  const holderPid = await holding;
  const running = requests();
  running.catch(() => {}); // awaited by the caller; not an unhandled rejection meanwhile
  const waiting = async () =>
    (
      await db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> ${holderPid}`
    )[0].n;
  try {
    await expect
      .poll(waiting, { timeout: 20_000, message: "both requests wait inside their transactions" })
      .toBeGreaterThanOrEqual(2);
  } finally {
    release();
    await holder;
  }
  return running;
}

beforeAll(async () => {
  admin = await actorByPersonalId(PROVINCE_ADMIN);
  readKey = (
    await createApiKey(admin, {
      name: "Nền tảng chia sẻ dữ liệu",
      scopes: ["catalog:read", "dossiers:read"],
      rateLimitPerMinute: 1000,
    })
  ).key;
  createKey = (
    await createApiKey(admin, { name: "Cổng DVC quốc gia", scopes: ["dossiers:create"], rateLimitPerMinute: 1000 })
  ).key;
  hookKey = (
    await createApiKey(admin, { name: "Hệ thống nhận webhook", scopes: ["webhooks:manage"], rateLimitPerMinute: 1000 })
  ).key;
});

describe("API keys", () => {
  it("stores only the key's hash, and only a province administrator makes keys", async () => {
    const row = await db.apiKey.findUniqueOrThrow({ where: { keyHash: hashApiKey(readKey) } });
    expect(row.keyHash).not.toContain(readKey.slice(4));
    expect(JSON.stringify(row)).not.toContain(readKey);
    expect(row.prefix).toBe(readKey.slice(0, 12));
    await expect(
      createApiKey(await actorByPersonalId(AGENCY_ADMIN), {
        name: "X hệ thống",
        scopes: ["catalog:read"],
        rateLimitPerMinute: 10,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await db.apiKey.count();
    await expect(createApiKey(admin, { name: "Khoá", scopes: [], rateLimitPerMinute: 10 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Chọn ít nhất một phạm vi cho khoá.",
    });
    await expect(
      createApiKey(admin, { name: "Khoá thử", scopes: ["everything"], rateLimitPerMinute: 10 }),
    ).rejects.toMatchObject({ message: "Phạm vi không hợp lệ." });
    expect(await db.apiKey.count()).toBe(before);
  });

  it("answers 401 without a key, with a bad key and with a revoked key; 403 without the scope; every call audited", async () => {
    const missing = await json(await getProcedures(call("/api/v1/procedures")));
    expect(missing).toMatchObject({
      status: 401,
      type: expect.stringContaining("application/problem+json"),
      body: { status: 401, detail: expect.stringContaining("Thiếu khoá API") },
    });
    const bad = await json(await getProcedures(call("/api/v1/procedures", { key: "dvc_" + "x".repeat(43) })));
    expect(bad).toMatchObject({ status: 401, body: { detail: "Khoá API không hợp lệ hoặc đã bị thu hồi." } });
    expect((await getProcedures(call("/api/v1/procedures", { key: "not-a-key" }))).status).toBe(401);

    const forbidden = await json(await getProcedures(call("/api/v1/procedures", { key: createKey })));
    expect(forbidden).toMatchObject({
      status: 403,
      body: { detail: 'Khoá API không có phạm vi "catalog:read" cần cho thao tác này.' },
    });
    const before = await dossierCount();
    expect((await create(await validBody(), "idem-forbidden-1", readKey)).status).toBe(403);
    expect(await dossierCount()).toBe(before);

    const temp = await createApiKey(admin, { name: "Khoá tạm", scopes: ["catalog:read"], rateLimitPerMinute: 100 });
    expect((await getProcedures(call("/api/v1/procedures", { key: temp.key }))).status).toBe(200);
    await revokeApiKey(admin, temp.id);
    expect((await getProcedures(call("/api/v1/procedures", { key: temp.key }))).status).toBe(401);
    await expect(revokeApiKey(admin, temp.id)).rejects.toMatchObject({ code: "ALREADY_DONE" });

    const calls = await db.apiCall.findMany({
      where: { OR: [{ apiKeyId: temp.id }, { apiKeyId: null }] },
      orderBy: { at: "asc" },
    });
    expect(calls.filter((c) => c.apiKeyId === temp.id).map((c) => c.status)).toEqual([200]); // the revoked call has no key to name
    expect(calls.filter((c) => c.apiKeyId === null).map((c) => c.status)).toEqual(
      expect.arrayContaining([401, 401, 401, 401]),
    );
    const refused = await db.apiCall.findFirstOrThrow({
      where: { apiKey: { keyHash: hashApiKey(createKey) }, status: 403 },
    });
    expect(refused).toMatchObject({ method: "GET", route: "/api/v1/procedures", ip: "203.0.113.7" });
  });

  it("limits each key's calls per minute (429 with Retry-After)", async () => {
    const limited = await createApiKey(admin, {
      name: "Khoá giới hạn",
      scopes: ["catalog:read"],
      rateLimitPerMinute: 2,
    });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await getProcedures(call("/api/v1/procedures?pageSize=1", { key: limited.key }))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const r = await getProcedures(call("/api/v1/procedures?pageSize=1", { key: limited.key }));
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await getProcedures(call("/api/v1/procedures?pageSize=1", { key: readKey }))).status).toBe(200); // other keys are not affected
  });
});

describe("catalogue", () => {
  it("pages through the published procedures", async () => {
    const total = await db.procedure.count({ where: { published: true } });
    const first = await json(await getProcedures(call("/api/v1/procedures?page=1&pageSize=5", { key: readKey })));
    expect(first).toMatchObject({ status: 200, body: { page: 1, pageSize: 5, total } });
    expect(first.body.items).toHaveLength(5);
    const all: string[] = [];
    for (let page = 1; all.length < total; page++) {
      const r = await json(await getProcedures(call(`/api/v1/procedures?page=${page}&pageSize=7`, { key: readKey })));
      expect(r.body.items.length).toBeGreaterThan(0);
      all.push(...r.body.items.map((p: { code: string }) => p.code));
    }
    expect(new Set(all).size).toBe(total);
    const birth = (
      await json(await getProcedures(call("/api/v1/procedures?pageSize=100", { key: readKey })))
    ).body.items.find((p: { code: string }) => p.code === PROCEDURE);
    expect(birth.agencies).toEqual(expect.arrayContaining([expect.objectContaining({ code: AGENCY })]));
    expect(birth.components.some((c: { required: boolean }) => c.required)).toBe(true);
    const beyond = await json(
      await getProcedures(call(`/api/v1/procedures?page=${total + 1}&pageSize=5`, { key: readKey })),
    );
    expect(beyond.body.items).toEqual([]);
  });

  it("refuses bad paging with 422 and a Vietnamese message", async () => {
    const r = await json(await getProcedures(call("/api/v1/procedures?pageSize=500", { key: readKey })));
    expect(r).toMatchObject({
      status: 422,
      body: { errors: [{ path: "pageSize", message: "Số thủ tục mỗi trang phải từ 1 đến 100." }] },
    });
    expect((await getProcedures(call("/api/v1/procedures?page=abc", { key: readKey }))).status).toBe(422);
  });
});

describe("creating a dossier received by another portal", () => {
  it("creates it as 'Mới đăng ký' with its code, files and outbox rows; the same Idempotency-Key returns the same dossier", async () => {
    const body = await validBody();
    const key = `idem-${Date.now()}`;
    const first = await json(await create(body, key));
    expect(first).toMatchObject({
      status: 201,
      body: { status: "receiving", statusName: "Mới đăng ký", created: true },
    });
    expect(first.body.code).toMatch(/^000\.21\.01\.H80-\d{6}-\d{4}$/);
    const count = await dossierCount();
    const again = await json(await create(body, key));
    expect(again).toEqual({ status: 200, type: expect.any(String), body: { ...first.body, created: false } });
    expect(await dossierCount()).toBe(count);

    const dossier = await db.dossier.findUniqueOrThrow({
      where: { code: first.body.code },
      include: { attachments: true, events: true, outbox: true },
    });
    expect(dossier).toMatchObject({
      status: "SUBMITTED",
      channel: "ONLINE",
      applicantName: "Trần Văn Liên Thông",
      formData: body.form,
    });
    // The ID number is sealed at rest and found by its keyed hash (lib/crypto/personal-data.ts).
    expect(dossier.applicantPersonalId).toMatch(/^v1:test2:/);
    expect(openIdNumber(dossier.applicantPersonalId)).toBe("079099000111");
    expect(dossier.applicantPersonalIdHash).toBe(idNumberHash("079099000111"));
    expect(dossier.attachments).toHaveLength(body.documents.length);
    expect(dossier.events).toEqual([
      expect.objectContaining({
        action: "SUBMIT",
        toStatus: "SUBMITTED",
        note: expect.stringContaining(body.source.reference),
      }),
    ]);
    expect(dossier.outbox.map((m) => m.channel).sort()).toEqual(["EMAIL", "NATIONAL_PORTAL"]);

    // The same key with another body is refused and stores nothing.
    const other = await json(await create({ ...body, applicant: { ...body.applicant, fullName: "Người Khác" } }, key));
    expect(other).toMatchObject({
      status: 422,
      body: { detail: expect.stringContaining("đã được dùng cho một yêu cầu có nội dung khác") },
    });
    expect(await dossierCount()).toBe(count);
  });

  it("two requests with the same Idempotency-Key at once make one dossier", async () => {
    const body = await validBody();
    const before = await dossierCount();
    const [ra, rb] = await bothPastTheReplayCheck(() =>
      Promise.all([create(body, "idem-concurrent-1"), create(body, "idem-concurrent-1")]),
    );
    const [a, b] = [await json(ra), await json(rb)];
    expect(a.body.code).toBe(b.body.code);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await dossierCount()).toBe(before + 1);
  });

  it("refuses bad input with a Vietnamese message and stores nothing", async () => {
    const body = await validBody();
    const files = storedFiles();
    const before = await dossierCount();
    const cases: [unknown, string | null, number, string][] = [
      [body, null, 400, "Cần tiêu đề Idempotency-Key"],
      ["{not json", "idem-bad-json", 400, "phải là JSON hợp lệ"],
      [
        { ...body, applicant: { ...body.applicant, personalId: "123" } },
        "idem-bad-1",
        422,
        "Số định danh cá nhân phải gồm 12 chữ số.",
      ],
      [{ ...body, procedureCode: "9.999999" }, "idem-bad-2", 422, "Không có thủ tục đang công bố với mã 9.999999."],
      [{ ...body, agencyCode: "000.00.00.H99" }, "idem-bad-3", 422, "không có thẩm quyền giải quyết"],
      [{ ...body, form: {} }, "idem-bad-4", 422, "Tờ khai chưa hợp lệ"],
      [{ ...body, documents: [] }, "idem-bad-5", 422, "Còn thiếu giấy tờ bắt buộc"],
      [
        {
          ...body,
          documents: body.documents.map((d) => ({
            ...d,
            contentBase64: Buffer.from("MZ not a pdf at all").toString("base64"),
          })),
        },
        "idem-bad-6",
        415,
        "Chỉ chấp nhận tệp PDF, JPEG hoặc PNG",
      ],
      [
        { ...body, documents: body.documents.map((d) => ({ ...d, contentBase64: "###" })) },
        "idem-bad-7",
        422,
        "mã hoá base64",
      ],
      [{ ...body, resultDelivery: "DRONE" }, "idem-bad-8", 422, "Hình thức trả kết quả"],
    ];
    for (const [b, key, status, message] of cases) {
      const r = await json(await create(b, key));
      expect(r.status, message).toBe(status);
      expect(JSON.stringify(r.body), message).toContain(message);
    }
    expect(await dossierCount()).toBe(before);
    expect(storedFiles()).toEqual(files);
    expect(await db.apiIdempotencyKey.count({ where: { key: { startsWith: "idem-bad" } } })).toBe(0);
    // A refused key is still free for the corrected request.
    expect((await create(body, "idem-bad-4")).status).toBe(201);
  });
});

describe("a dossier's status by code", () => {
  it("shows the status and steps, and nothing personal", async () => {
    const created = await json(await create(await validBody()));
    const r = await json(
      await getDossier(
        call(`/api/v1/dossiers/${created.body.code}`, { key: readKey }),
        params({ code: created.body.code }),
      ),
    );
    expect(r).toMatchObject({
      status: 200,
      body: {
        code: created.body.code,
        status: "receiving",
        statusName: "Mới đăng ký",
        procedure: { code: PROCEDURE },
        agency: { code: AGENCY },
        history: [{ action: "SUBMIT", status: "receiving" }],
      },
    });
    const text = JSON.stringify(r.body);
    for (const personal of ["079099000111", "Trần Văn Liên Thông", "lienthong@example.vn", "Tiếp nhận qua API"])
      expect(text).not.toContain(personal);

    expect(
      (await json(await getDossier(call("/api/v1/dossiers/KHONG-CO", { key: readKey }), params({ code: "KHONG-CO" }))))
        .status,
    ).toBe(404);
    expect(
      (
        await getDossier(
          call(`/api/v1/dossiers/${created.body.code}`, { key: createKey }),
          params({ code: created.body.code }),
        )
      ).status,
    ).toBe(403);
  });
});

describe("webhook subscriptions through the API", () => {
  it("registers, lists and deletes a key's own subscriptions; refuses bad ones", async () => {
    const bad = await json(
      await postWebhook(
        call("/api/v1/webhooks", {
          method: "POST",
          key: hookKey,
          body: JSON.stringify({ url: "ftp://x", secret: "short", topics: ["dossier.nope"] }),
        }),
      ),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["secret", "topics.0", "url"]);
    // An address this server will not deliver to: 400 naming the field, nothing stored.
    const hooks = await db.webhookSubscription.count();
    const refused = await json(
      await postWebhook(
        call("/api/v1/webhooks", {
          method: "POST",
          key: hookKey,
          body: JSON.stringify({
            url: "https://user:pw@lgsp.tayninh.gov.vn/hook",
            secret: "s".repeat(40),
            topics: ["dossier.new"],
          }),
        }),
      ),
    );
    expect(refused).toMatchObject({
      status: 400,
      body: {
        type: "about:blank#webhook-url-refused",
        errors: [
          {
            path: "url",
            message: "Địa chỉ webhook không được chứa tên đăng nhập hay mật khẩu (no credentials in the URL).",
          },
        ],
      },
    });
    expect(await db.webhookSubscription.count()).toBe(hooks);
    const made = await json(
      await postWebhook(
        call("/api/v1/webhooks", {
          method: "POST",
          key: hookKey,
          body: JSON.stringify({
            url: "https://lgsp.tayninh.gov.vn/hook",
            secret: "s".repeat(40),
            topics: ["dossier.new", "dossier.done"],
          }),
        }),
      ),
    );
    expect(made).toMatchObject({
      status: 201,
      body: { url: "https://lgsp.tayninh.gov.vn/hook", topics: ["dossier.new", "dossier.done"], active: true },
    });
    expect(JSON.stringify(made.body)).not.toContain("s".repeat(40));
    const list = await json(await getWebhooks(call("/api/v1/webhooks", { key: hookKey })));
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual([made.body.id]);
    expect((await getWebhooks(call("/api/v1/webhooks", { key: readKey }))).status).toBe(403);
    const other = await createApiKey(admin, { name: "Khoá khác", scopes: ["webhooks:manage"], rateLimitPerMinute: 10 });
    expect(
      (
        await deleteWebhook(
          call(`/api/v1/webhooks/${made.body.id}`, { method: "DELETE", key: other.key }),
          params({ id: made.body.id }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await deleteWebhook(
          call(`/api/v1/webhooks/${made.body.id}`, { method: "DELETE", key: hookKey }),
          params({ id: made.body.id }),
        )
      ).status,
    ).toBe(204);
    expect(await db.webhookSubscription.count({ where: { id: made.body.id } })).toBe(0);
  });
});
