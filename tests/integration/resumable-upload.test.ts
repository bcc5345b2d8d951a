import { createHash, randomBytes, randomUUID } from "node:crypto";

import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { Upload as TusUpload } from "tus-js-client";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { seedCitizen, seedDraftWithComponent, storedFiles } from "../support/seed-helpers";

// The tus route handlers are called directly with web Requests; only the session lookup is
// replaced, by whichever citizen `signedIn` names.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("../../lib/auth/actor", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/actor")>();
  return { ...original, getActor: async () => session.actor, requireActor: async () => session.actor! };
});
const { DELETE, HEAD, OPTIONS, PATCH, POST } = await import("../../app/api/uploads/[[...path]]/route");

const ENDPOINT = "http://localhost:3000/api/uploads";
const signedIn = (actor: Actor | null) => (session.actor = actor);

/** A ~300 kB PDF: the magic bytes, then random content so the hash means something. */
const bigPdf = () =>
  Buffer.concat([Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"), randomBytes(300 * 1024), Buffer.from("\n%%EOF\n")]);
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const metadata = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
    .join(",");

const create = (length: number, meta: Record<string, string>) =>
  POST(
    new Request(ENDPOINT, {
      method: "POST",
      headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(length), "Upload-Metadata": metadata(meta) },
    }),
  );

const patch = (url: string, offset: number, bytes: Buffer) =>
  PATCH(
    new Request(url, {
      method: "PATCH",
      headers: {
        "Tus-Resumable": "1.0.0",
        "Upload-Offset": String(offset),
        "Content-Type": "application/offset+octet-stream",
      },
      body: new Uint8Array(bytes),
    }),
  );

const head = (url: string) => HEAD(new Request(url, { method: "HEAD", headers: { "Tus-Resumable": "1.0.0" } }));

async function created(res: Response) {
  expect(res.status).toBe(201);
  return new URL(res.headers.get("Location")!, ENDPOINT).toString();
}

beforeEach(() => signedIn(null));

describe("resumable uploads (tus)", () => {
  it("resumes an interrupted upload from the server's offset without sending any byte twice", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    signedIn(citizen);
    const pdf = bigPdf();
    const url = await created(await create(pdf.length, { dossierId, componentId, filename: "giấy chứng sinh.pdf" }));
    let sent = 0;

    const half = Math.floor(pdf.length / 2);
    const first = await patch(url, 0, pdf.subarray(0, half));
    sent += half;
    expect(first.status).toBe(204);
    expect(first.headers.get("Upload-Expires")).toBeTruthy();

    // The connection drops; the browser knows only the upload URL. It asks where to go on.
    const probe = await head(url);
    expect(probe.status).toBe(200);
    const offset = Number(probe.headers.get("Upload-Offset"));
    expect(offset).toBe(half);
    expect(Number(probe.headers.get("Upload-Length"))).toBe(pdf.length);

    const rest = await patch(url, offset, pdf.subarray(offset));
    sent += pdf.length - offset;
    expect(rest.status).toBe(200);
    const attachment = await rest.json();
    expect(attachment).toMatchObject({
      fileName: "giấy chứng sinh.pdf",
      sizeBytes: pdf.length,
      mimeType: "application/pdf",
      componentId,
    });
    expect(sent).toBe(pdf.length);

    const row = await db.attachment.findUniqueOrThrow({
      where: { id: attachment.id },
      select: { dossierId: true, sizeBytes: true, sha256: true, uploadedById: true },
    });
    expect(row).toEqual({ dossierId, sizeBytes: pdf.length, sha256: sha256(pdf), uploadedById: citizen.userId });
    // The finished upload is gone from the resumable area: the file now lives in the store.
    expect((await head(url)).status).toBe(404);
  });

  it("resumes from whatever reached the disk when a connection drops mid-request", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    signedIn(citizen);
    const pdf = bigPdf();
    const url = await created(await create(pdf.length, { dossierId, componentId, filename: "a.pdf" }));
    const half = Math.floor(pdf.length / 2);
    // A body that delivers the first half, then fails like a dropped connection.
    let at = 0;
    const dropping = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= half) return controller.error(new Error("connection reset"));
        controller.enqueue(new Uint8Array(pdf.subarray(at, Math.min(at + 16384, half))));
        at += 16384;
      },
    });
    const cut = await PATCH(
      new Request(url, {
        method: "PATCH",
        headers: { "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
        body: dropping,
        duplex: "half",
      } as RequestInit),
    );
    expect(cut.status).not.toBe(204);

    // What was written before the drop is kept (how much depends on the disk), never more.
    const offset = Number((await head(url)).headers.get("Upload-Offset"));
    expect(offset).toBeLessThanOrEqual(half);
    const rest = await patch(url, offset, pdf.subarray(offset));
    expect(rest.status).toBe(200);
    const { id } = await rest.json();
    expect(await db.attachment.findUniqueOrThrow({ where: { id }, select: { sha256: true } })).toEqual({
      sha256: sha256(pdf),
    });
  });

  it("refuses an Upload-Length over the file limit or the dossier's room before storing anything", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    signedIn(citizen);
    const before = storedFiles();

    const tooBig = await create(20 * 1024 * 1024 + 1, { dossierId, componentId, filename: "to.pdf" });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({
      code: "FILE_TOO_LARGE",
      error: "Tệp vượt quá dung lượng cho phép (20 MB).",
    });

    // The dossier is almost full: 300 kB more do not fit.
    const { maxDossierBytes } = await db.procedure.findUniqueOrThrow({
      where: { code: "1.001193" },
      select: { maxDossierBytes: true },
    });
    await db.attachment.create({
      data: {
        dossierId,
        componentId,
        fileName: "cu.pdf",
        mimeType: "application/pdf",
        sizeBytes: maxDossierBytes - 100 * 1024,
        sha256: "0".repeat(64),
        storageKey: randomUUID(),
        uploadedById: citizen.userId,
      },
    });
    const noRoom = await create(300 * 1024, { dossierId, componentId, filename: "them.pdf" });
    expect(noRoom.status).toBe(413);
    expect(await noRoom.json()).toMatchObject({
      code: "DOSSIER_TOO_LARGE",
      error: expect.stringContaining("Tổng dung lượng hồ sơ vượt quá"),
    });

    expect(await db.attachment.count({ where: { dossierId } })).toBe(1);
    expect(storedFiles()).toEqual(before);
  });

  it("refuses content that is not a PDF, JPEG or PNG once complete, and keeps nothing", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    signedIn(citizen);
    const before = storedFiles();
    const exe = Buffer.concat([Buffer.from("MZ"), randomBytes(64 * 1024)]);
    const url = await created(await create(exe.length, { dossierId, componentId, filename: "giay-to.pdf" }));

    const res = await patch(url, 0, exe);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({
      code: "FILE_TYPE_NOT_ALLOWED",
      error: "Tệp không đúng định dạng cho phép. Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.",
    });
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it("hides an upload from every other user", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    const other = await seedCitizen("Người Khác");
    const pdf = bigPdf();
    signedIn(citizen);
    const url = await created(await create(pdf.length, { dossierId, componentId, filename: "a.pdf" }));
    expect((await patch(url, 0, pdf.subarray(0, 1000))).status).toBe(204);

    signedIn(other);
    const stolen = await patch(url, 1000, pdf.subarray(1000));
    expect(stolen.status).toBe(404);
    expect(await stolen.json()).toMatchObject({ code: "NOT_FOUND" });
    expect((await head(url)).status).toBe(404);

    signedIn(null);
    expect((await patch(url, 1000, pdf.subarray(1000))).status).toBe(401);

    signedIn(citizen);
    expect((await head(url)).headers.get("Upload-Offset")).toBe("1000");
    expect(await db.attachment.count({ where: { dossierId } })).toBe(0);
  });

  it("answers 404 for someone else's dossier and 400 for a foreign component, storing nothing", async () => {
    const { dossierId, componentId } = await seedDraftWithComponent();
    const intruder = await seedCitizen("Người Lạ");
    const before = storedFiles();

    signedIn(null);
    expect((await create(1000, { dossierId, componentId, filename: "a.pdf" })).status).toBe(401);

    signedIn(intruder);
    const res = await create(1000, { dossierId, componentId, filename: "a.pdf" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "Không tìm thấy hồ sơ." });

    const own = await seedDraftWithComponent();
    signedIn(own.citizen);
    const foreign = await db.documentComponent.findFirstOrThrow({
      where: { procedure: { code: { not: "1.001193" } } },
    });
    const wrong = await create(1000, { dossierId: own.dossierId, componentId: foreign.id, filename: "a.pdf" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: "Thành phần hồ sơ không thuộc thủ tục này." });

    expect(storedFiles()).toEqual(before);
  });

  it("works with tus-js-client over HTTP, in several chunks, and hands it the attachment", async () => {
    const { citizen, dossierId, componentId } = await seedDraftWithComponent();
    signedIn(citizen);
    const pdf = bigPdf();
    const { url, patches, close } = await serveOverHttp();
    try {
      const body = await new Promise<string>((resolve, reject) => {
        new TusUpload(pdf, {
          endpoint: `${url}/api/uploads`,
          chunkSize: 64 * 1024,
          metadata: { dossierId, componentId, filename: "scan.pdf" },
          onSuccess: ({ lastResponse }) => resolve(lastResponse.getBody()),
          onError: reject,
        }).start();
      });
      const attachment = JSON.parse(body);
      expect(attachment).toMatchObject({ fileName: "scan.pdf", sizeBytes: pdf.length, mimeType: "application/pdf" });
      expect(patches()).toBe(Math.ceil(pdf.length / (64 * 1024)));
      expect(await db.attachment.findUniqueOrThrow({ where: { id: attachment.id }, select: { sha256: true } })).toEqual(
        { sha256: sha256(pdf) },
      );
    } finally {
      await close();
    }
  });
});

/** A throwaway HTTP server on a free port that hands each request to the route's exports. */
async function serveOverHttp() {
  const handlers: Record<string, (r: Request) => Promise<Response>> = { POST, HEAD, PATCH, DELETE, OPTIONS };
  let patches = 0;
  const server = http.createServer(async (req, res) => {
    const method = req.method ?? "GET";
    if (method === "PATCH") patches += 1;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const hasBody = method === "PATCH" || method === "POST";
    const init = {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    };
    const response = await (handlers[method] ?? (async () => new Response(null, { status: 405 })))(
      new Request(`http://localhost${req.url}`, init as RequestInit),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    patches: () => patches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
