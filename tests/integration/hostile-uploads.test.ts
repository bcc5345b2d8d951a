// Hostile uploads through every upload path, with the real clamd that `npm test` starts
// (scripts/lib/clamd.mjs, development signatures): the e-form wizard (raw body and resumable),
// a supplement reply, the counter's scans, the agency's result, a consulted agency's file and
// the integration API. Each hostile file is refused with what the user reads, and nothing is
// stored: no Attachment row, no dossier, no file anywhere under STORAGE_DIR. A clean PDF and a
// JPEG still pass; what is served back carries the download-only headers; a page of another
// site cannot make a signed-in browser upload.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { createApiKey } from "../../lib/api/keys";
import { requestOpinions } from "../../lib/consultations/request-opinions";
import { createWalkIn } from "../../lib/intake/commands/create-walk-in";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import {
  ACTIVE_PDF_MESSAGE,
  MALWARE_MESSAGE,
  POLYGLOT_MESSAGE,
  SCANNER_UNAVAILABLE_MESSAGE,
} from "../../lib/files/inspect-upload";
import { CROSS_SITE_MESSAGE } from "../../lib/http/same-origin";
import { env } from "../../lib/env";
import { cleanJpeg, cleanPdf, HOSTILE } from "../support/hostile-files";
import {
  actorByPersonalId,
  seedCitizen,
  seedCompleteDraft,
  seedDraftWithComponent,
  seedProcessingDossier,
  storedFiles,
  validAnswers,
} from "../support/seed-helpers";

// The route handlers are called with web Requests; only the session lookup is replaced.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("../../lib/auth/actor", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/actor")>();
  const { AppError } = await import("../../lib/errors");
  return {
    ...original,
    getActor: async () => session.actor,
    requireActor: async () => {
      if (!session.actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
      return session.actor;
    },
  };
});
const rawUpload = await import("../../app/api/dossiers/[id]/attachments/route");
const tus = await import("../../app/api/uploads/[[...path]]/route");
const resultUpload = await import("../../app/api/dossiers/[id]/result/route");
const opinionUpload = await import("../../app/api/consultations/[id]/files/route");
const attachmentRoute = await import("../../app/api/attachments/[id]/route");
const apiDossiers = await import("../../app/api/v1/dossiers/route");
await import("../../scripts/lib/peer-address.mjs");

const COUNTER = "072085100001"; // UBND phường Tân Ninh
const SPECIALIST = "072086100002";
const PROVINCE_SPECIALIST = "072089200002"; // Sở Xây dựng, the consulted agency
const PROVINCE_ADMIN = "072083300002";
const BIRTH = "1.001193";
const COMMUNE = "000.21.01.H80";
const PORTAL = "http://localhost:3000";
const TYPE_MESSAGE = "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.";
const RESULT_TYPE_MESSAGE = "Kết quả giải quyết phải là tệp PDF.";

const params = (p: { id: string }) => ({ params: Promise.resolve(p) });
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const post = (url: string, bytes: Buffer, headers: Record<string, string> = {}) =>
  new Request(url, { method: "POST", body: new Uint8Array(bytes), headers: { ...headers } });

/** The message of a refusal, as the user reads it: `error` of our JSON, `detail` of the API's problem. */
async function refusalOf(res: Response) {
  const body = await res.json();
  return { status: res.status, message: body.error ?? body.detail };
}

/** What a send returns: the response, and the dossier whose rows must not grow. */
type Path = {
  name: string;
  pdfOnly?: boolean;
  send: (bytes: Buffer, fileName: string, headers?: Record<string, string>) => Promise<Response>;
  rows: () => Promise<number>;
};
const paths: Path[] = [];
let wizard: Awaited<ReturnType<typeof seedDraftWithComponent>>;

beforeAll(async () => {
  const counter = await actorByPersonalId(COUNTER);
  const specialist = await actorByPersonalId(SPECIALIST);
  const provinceSpecialist = await actorByPersonalId(PROVINCE_SPECIALIST);
  const commune = await db.agency.findUniqueOrThrow({ where: { code: COMMUNE } });
  const province = await db.agency.findUniqueOrThrow({ where: { code: "000.00.13.H80" } });

  // The wizard: a citizen's draft.
  wizard = await seedDraftWithComponent();
  const rowsOf = (dossierId: string) => () => db.attachment.count({ where: { dossierId } });
  const raw =
    (actor: Actor, dossierId: string, query: string) => (bytes: Buffer, name: string, h?: Record<string, string>) => {
      session.actor = actor;
      return rawUpload.POST(
        post(`${PORTAL}/api/dossiers/${dossierId}/attachments?${query}&name=${encodeURIComponent(name)}`, bytes, h),
        params({ id: dossierId }),
      );
    };
  paths.push({
    name: "wizard, raw body",
    send: raw(wizard.citizen, wizard.dossierId, `component=${wizard.componentId}`),
    rows: rowsOf(wizard.dossierId),
  });

  paths.push({
    name: "wizard, resumable (tus)",
    rows: rowsOf(wizard.dossierId),
    async send(bytes, name, h = {}) {
      session.actor = wizard.citizen;
      const meta = { dossierId: wizard.dossierId, componentId: wizard.componentId, filename: name };
      const created = await tus.POST(
        new Request(`${PORTAL}/api/uploads`, {
          method: "POST",
          headers: {
            ...h,
            "Tus-Resumable": "1.0.0",
            "Upload-Length": String(bytes.length),
            "Upload-Metadata": Object.entries(meta)
              .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
              .join(","),
          },
        }),
      );
      if (created.status !== 201) return created;
      return tus.PATCH(
        new Request(new URL(created.headers.get("Location")!, `${PORTAL}/api/uploads`), {
          method: "PATCH",
          headers: {
            ...h,
            "Tus-Resumable": "1.0.0",
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
          },
          body: new Uint8Array(bytes),
        }),
      );
    },
  });

  // A supplement reply: the citizen's submitted dossier, one item asked by the counter.
  const citizen = await seedCitizen("Người Bổ Sung");
  const supplemented = await seedCompleteDraft(citizen);
  await submitDossier(citizen, supplemented);
  const component = await db.documentComponent.findFirstOrThrow({
    where: { procedure: { code: BIRTH }, required: true },
  });
  await requestSupplement(counter, supplemented, {
    items: [{ componentId: component.id, reason: "Ảnh chụp mờ" }],
    version: await version(supplemented),
  });
  const item = await db.supplementItem.findFirstOrThrow({ where: { request: { dossierId: supplemented } } });
  paths.push({
    name: "supplement reply",
    send: raw(citizen, supplemented, `item=${item.id}`),
    rows: rowsOf(supplemented),
  });

  // The counter's scans of a walk-in dossier.
  const walkIn = await createWalkIn(counter, {
    procedureCode: BIRTH,
    agencyId: commune.id,
    channel: "COUNTER",
    applicantPersonalId: `0791${String(Date.now()).slice(-8)}`,
    applicantName: "Trần Văn Tới Quầy",
    applicantPhone: "0912111222",
    applicantAddress: "Khu phố 2, phường Tân Ninh",
  });
  paths.push({ name: "counter scan", send: raw(counter, walkIn, `component=${component.id}`), rows: rowsOf(walkIn) });

  // The agency's result: a dossier being processed by the specialist.
  const resultDossier = (await seedProcessingDossier()).id;
  paths.push({
    name: "result upload",
    pdfOnly: true,
    rows: rowsOf(resultDossier),
    send(bytes, name, h) {
      session.actor = specialist;
      return resultUpload.POST(
        post(`${PORTAL}/api/dossiers/${resultDossier}/result?name=${encodeURIComponent(name)}`, bytes, h),
        params({ id: resultDossier }),
      );
    },
  });

  // A consulted agency's file.
  const consulted = (await seedProcessingDossier()).id;
  await requestOpinions(specialist, consulted, {
    version: await version(consulted),
    requests: [{ agencyId: province.id, question: "Đề nghị cho ý kiến về hồ sơ", workingDays: 2 }],
  });
  const consultation = await db.consultation.findFirstOrThrow({ where: { dossierId: consulted } });
  paths.push({
    name: "consultation file",
    rows: rowsOf(consulted),
    send(bytes, name, h) {
      session.actor = provinceSpecialist;
      return opinionUpload.POST(
        post(`${PORTAL}/api/consultations/${consultation.id}/files?name=${encodeURIComponent(name)}`, bytes, h),
        params({ id: consultation.id }),
      );
    },
  });

  // The integration API: every required paper clean but the last one.
  const key = (
    await createApiKey(await actorByPersonalId(PROVINCE_ADMIN), {
      name: "Thử tệp độc hại",
      scopes: ["dossiers:create"],
      rateLimitPerMinute: 1000,
    })
  ).key;
  const components = await db.documentComponent.findMany({
    where: { procedure: { code: BIRTH }, required: true },
    select: { id: true },
  });
  const form = await validAnswers(BIRTH);
  const clean = (await cleanPdf()).toString("base64");
  paths.push({
    name: "integration API",
    rows: () => db.dossier.count(),
    async send(bytes, name) {
      const body = {
        procedureCode: BIRTH,
        agencyCode: COMMUNE,
        source: { system: "dichvucong.gov.vn", reference: `G22.99-${Math.random().toString(36).slice(2, 10)}` },
        applicant: { personalId: "079099000222", fullName: "Trần Văn Liên Thông" },
        form,
        documents: components.map((c, i) => ({
          componentId: c.id,
          fileName: i === components.length - 1 ? name : "giay-to.pdf",
          contentBase64: i === components.length - 1 ? bytes.toString("base64") : clean,
        })),
      };
      return apiDossiers.POST(
        new Request(`${PORTAL}/api/v1/dossiers`, {
          method: "POST",
          body: JSON.stringify(body),
          headers: {
            authorization: `Bearer ${key}`,
            "content-type": "application/json",
            "idempotency-key": `idem-${Math.random().toString(36).slice(2)}`,
            "x-dvc-peer-address": "203.0.113.7",
          },
        }),
      );
    },
  });
});

const expected = (refusal: (typeof HOSTILE)[number]["refusal"], path: Path) =>
  ({
    malware: { status: 422, message: MALWARE_MESSAGE },
    active: { status: 422, message: ACTIVE_PDF_MESSAGE },
    polyglot: { status: 415, message: POLYGLOT_MESSAGE },
    type: { status: 415, message: path.pdfOnly ? RESULT_TYPE_MESSAGE : TYPE_MESSAGE },
  })[refusal];

describe("hostile uploads, through every upload path", () => {
  it("refuses each hostile file with its Vietnamese message and stores nothing", async () => {
    expect(paths.map((p) => p.name)).toEqual([
      "wizard, raw body",
      "wizard, resumable (tus)",
      "supplement reply",
      "counter scan",
      "result upload",
      "consultation file",
      "integration API",
    ]);
    for (const path of paths) {
      for (const hostile of HOSTILE) {
        const rows = await path.rows();
        const files = storedFiles();
        const res = await path.send(hostile.bytes(), "giay-to.pdf");
        expect(await refusalOf(res), `${path.name}: ${hostile.name}`).toEqual(expected(hostile.refusal, path));
        expect(await path.rows(), `${path.name}: ${hostile.name}`).toBe(rows);
        expect(storedFiles(), `${path.name}: ${hostile.name}`).toEqual(files);
      }
    }
  });

  it("still takes a clean PDF and a JPEG, and serves them back only as sandboxed downloads", async () => {
    const pdf = await cleanPdf();
    const jpeg = await cleanJpeg();
    for (const path of paths) {
      for (const [bytes, name] of path.pdfOnly
        ? [[pdf, "kết quả.pdf"] as const]
        : [[pdf, "giấy tờ.pdf"] as const, [jpeg, "ảnh.jpg"] as const]) {
        const rows = await path.rows();
        const res = await path.send(bytes, name);
        expect(res.status, `${path.name}: ${name}`).toBeLessThan(300);
        expect(await path.rows(), `${path.name}: ${name}`).toBe(rows + 1);
      }
    }
    const stored = await db.attachment.findFirstOrThrow({
      where: { dossierId: wizard.dossierId, fileName: "giấy tờ.pdf" },
      select: { id: true },
    });
    session.actor = wizard.citizen;
    const served = await attachmentRoute.GET(
      new Request(`${PORTAL}/api/attachments/${stored.id}`),
      params({ id: stored.id }),
    );
    expect(served.status).toBe(200);
    expect(
      Object.fromEntries(
        ["content-disposition", "content-security-policy", "x-content-type-options", "content-type"].map((h) => [
          h,
          served.headers.get(h),
        ]),
      ),
    ).toEqual({
      "content-disposition": `attachment; filename="giay to.pdf"; filename*=UTF-8''gi%E1%BA%A5y%20t%E1%BB%9D.pdf`,
      "content-security-policy": "sandbox",
      "x-content-type-options": "nosniff",
      "content-type": "application/pdf",
    });
  });

  it("refuses an upload that a page of another site makes the signed-in browser send, on every browser route", async () => {
    const pdf = await cleanPdf();
    for (const path of paths.filter((p) => p.name !== "integration API")) {
      const crossSite: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { "sec-fetch-site": "cross-site" },
      ];
      for (const headers of crossSite) {
        const rows = await path.rows();
        const files = storedFiles();
        const res = await path.send(pdf, "giay-to.pdf", headers);
        expect(await refusalOf(res), `${path.name}: ${JSON.stringify(headers)}`).toEqual({
          status: 403,
          message: CROSS_SITE_MESSAGE,
        });
        expect(await path.rows()).toBe(rows);
        expect(storedFiles()).toEqual(files);
      }
    }
    // The portal's own pages send their Origin: accepted.
    const rows = await paths[0].rows();
    expect((await paths[0].send(pdf, "giay-to.pdf", { origin: PORTAL, "sec-fetch-site": "same-origin" })).status).toBe(
      201,
    );
    expect(await paths[0].rows()).toBe(rows + 1);
  });

  it("refuses every upload while clamd cannot be reached (CLAMD_REQUIRED), storing nothing", async () => {
    const saved = env.CLAMD_PORT;
    env.CLAMD_PORT = 9; // discard: nothing listens
    try {
      const pdf = await cleanPdf();
      for (const path of paths) {
        const rows = await path.rows();
        const files = storedFiles();
        expect(await refusalOf(await path.send(pdf, "giay-to.pdf")), path.name).toEqual({
          status: 503,
          message: SCANNER_UNAVAILABLE_MESSAGE,
        });
        expect(await path.rows()).toBe(rows);
        expect(storedFiles()).toEqual(files);
      }
    } finally {
      env.CLAMD_PORT = saved;
    }
  });
});
