// Upload throughput through the real streaming endpoint (POST /api/dossiers/<id>/attachments),
// held against a dd-style sequential write of the same bytes to the same disk in the same run,
// with the server's resident memory sampled throughout (a file is never held whole in memory).
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "../../lib/db/create-client";
import { memoryOf } from "./servers";

const MB = 1024 * 1024;

/**
 * A PDF of the given size that the server's inspection accepts (lib/files/inspect-upload.ts): a
 * catalog and one image-like stream of random bytes, as a scan is.
 */
function makePdfLike(file: string, bytes: number) {
  const head = (length: number) =>
    `%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n` +
    `3 0 obj\n<</Type/XObject/Subtype/Image/Filter/DCTDecode/Length ${length}>>\nstream\n`;
  const tail = "\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n";
  let length = bytes - head(bytes).length - tail.length;
  length = bytes - head(length).length - tail.length;
  const chunk = randomBytes(MB);
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += MB) chunk.copy(out, at, 0, Math.min(MB, bytes - at));
  out.write(head(length), 0, "latin1");
  out.write(tail, bytes - tail.length, "latin1");
  writeFileSync(file, out);
}

/**
 * Sequential write of the same bytes as the uploads (the file `times` times) in 1 MB blocks,
 * like `dd bs=1M` (to the page cache, no fsync: as the server writes).
 */
async function sequentialWrite(source: string, target: string, times: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < times; i++) {
    await pipeline(
      createReadStream(source, { highWaterMark: MB }),
      createWriteStream(target, { highWaterMark: MB, flags: i === 0 ? "w" : "a" }),
    );
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(target);
  return (statSync(source).size * times) / MB / seconds;
}

export type UploadTarget = { dossierId: string; componentId: string };

/** Drafts of the citizen to upload into, with room for the big files. */
export async function prepareUploadDrafts(db: Db, userId: string, count: number): Promise<UploadTarget[]> {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: "1.001193" },
    select: {
      id: true,
      agencies: { select: { agencyId: true }, take: 1 },
      components: { select: { id: true }, orderBy: { sortOrder: "asc" }, take: 1 },
    },
  });
  await db.procedure.update({ where: { id: procedure.id }, data: { maxDossierBytes: 1024 * MB } });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalId: true, fullName: true } });
  const targets: UploadTarget[] = [];
  for (let i = 0; i < count; i++) {
    const d = await db.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: procedure.agencies[0].agencyId,
        channel: "ONLINE",
        status: "DRAFT",
        applicantId: userId,
        applicantPersonalId: user.personalId!,
        applicantName: user.fullName,
        applicantNameSearch: user.fullName.toLowerCase(),
        draftExpiresAt: new Date(Date.now() + 86_400_000),
      },
      select: { id: true },
    });
    targets.push({ dossierId: d.id, componentId: procedure.components[0].id });
  }
  return targets;
}

async function upload(base: string, cookie: string, target: UploadTarget, file: string) {
  const size = statSync(file).size;
  const res = await fetch(
    `${base}/api/dossiers/${target.dossierId}/attachments?component=${target.componentId}&name=${path.basename(file)}`,
    {
      method: "POST",
      headers: { cookie, "content-type": "application/pdf", "content-length": String(size) },
      body: Readable.toWeb(createReadStream(file, { highWaterMark: MB })) as ReadableStream,
      duplex: "half",
    } as RequestInit,
  );
  if (res.status !== 201) throw new Error(`upload refused (${res.status}): ${await res.text()}`);
}

export type UploadFigures = { mbPerSecond: number; diskMbPerSecond: number; rssGrowthMb: number };

/** Uploads `files` files of `sizeMb` at once, sampling the server's memory every 50 ms. */
export async function measureUploads(
  base: string,
  cookie: string,
  serverPid: number,
  targets: UploadTarget[],
  sizeMb: number,
  workDir: string,
): Promise<UploadFigures> {
  mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, `upload-${sizeMb}mb.pdf`);
  makePdfLike(file, sizeMb * MB);
  const diskMbPerSecond = await sequentialWrite(file, path.join(workDir, "dd-target.bin"), targets.length);
  // Warm-up, as before every load: the route's first request loads and compiles its code.
  const warmup = path.join(workDir, "warmup.pdf");
  makePdfLike(warmup, MB);
  await upload(base, cookie, targets[0], warmup);
  rmSync(warmup);
  const before = memoryOf(serverPid).rssKb;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(serverPid).rssKb)), 50);
  const started = process.hrtime.bigint();
  try {
    await Promise.all(targets.map((t) => upload(base, cookie, t, file)));
  } finally {
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(file);
  return { mbPerSecond: (sizeMb * targets.length) / seconds, diskMbPerSecond, rssGrowthMb: (peak - before) / 1024 };
}
