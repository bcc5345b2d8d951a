import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { env } from "../env";
import { fileTooLarge } from "./limits";

// Files live on disk outside public/, under STORAGE_DIR, named by random keys; they are
// served only through the authorised download route. Uploads stream to disk chunk by chunk,
// so a file is never held whole in memory.
//   STORAGE_DIR/files/<2>/<key>   committed attachments
//   STORAGE_DIR/tmp/<uuid>        raw-body uploads while they stream in, re-encoded images
//   STORAGE_DIR/tus/<id>(.json)   resumable (tus) uploads until they are complete

const root = () => path.resolve(env.STORAGE_DIR);
const pathOf = (key: string) => path.join(root(), "files", key.slice(0, 2), key);

/** Where @tus/file-store keeps incomplete resumable uploads (same disk, so commit is a rename). */
export const resumableDir = () => path.join(root(), "tus");

/** A file on disk with what the attach step needs: its size, SHA-256 and first bytes. */
export type InspectedFile = { path: string; sizeBytes: number; sha256: string; head: Buffer };

declare const passedInspection: unique symbol;
/**
 * A file that passed the inspection of every upload (lib/files/inspect-upload.ts: malware scan,
 * type by content, active content): the only kind commitFile takes, so no upload path can store
 * a file it forgot to inspect.
 */
export type CheckedFile = InspectedFile & { readonly [passedInspection]: true };

/** The bytes of an upload: a request body (a web stream) or any Node stream. */
export type ByteStream = AsyncIterable<Uint8Array>;

/** Counts, hashes and keeps the head of the bytes it is given; fails beyond maxBytes. */
function meter(maxBytes: number, headBytes: number) {
  const hash = createHash("sha256");
  const headChunks: Uint8Array[] = [];
  let size = 0;
  let headSize = 0;
  const add = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > maxBytes) throw fileTooLarge(maxBytes);
    hash.update(chunk);
    if (headSize < headBytes) {
      headChunks.push(chunk.subarray(0, headBytes - headSize));
      headSize += Math.min(chunk.length, headBytes - headSize);
    }
  };
  const result = (filePath: string): InspectedFile => ({
    path: filePath,
    sizeBytes: size,
    sha256: hash.digest("hex"),
    head: Buffer.concat(headChunks),
  });
  return { add, result };
}

// Bytes waiting for the disk before the body is read further. The request's chunks are 16–64 kB;
// 1 MB lets several go to the file in one write (docs/performance.md, "Uploads").
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** Streams a body to a temporary file, refusing (and deleting) it beyond maxBytes. */
export async function streamToTemp(body: ByteStream, maxBytes: number, headBytes: number): Promise<InspectedFile> {
  const dir = path.join(root(), "tmp");
  await mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, randomUUID());
  const m = meter(maxBytes, headBytes);
  // The body is read in a plain loop rather than through Readable.fromWeb and a Transform: one
  // promise per chunk instead of three stream hops, about 20 % more throughput on one core.
  const out = createWriteStream(tempPath, { highWaterMark: WRITE_BUFFER_BYTES });
  let writeError: Error | null = null;
  out.on("error", (e) => (writeError = e));
  const closed = new Promise<void>((resolve) => out.once("close", () => resolve()));
  try {
    for await (const chunk of body) {
      m.add(chunk);
      if (writeError) throw writeError;
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await finished(out);
  } catch (e) {
    // The file is opened asynchronously: a body refused at its first chunk fails before the
    // open completes, and a delete then would run before the file exists. Wait for the close.
    out.destroy();
    await closed;
    await rm(tempPath, { force: true });
    throw e;
  }
  return m.result(tempPath);
}

/** Reads a file already on disk (a finished resumable upload) once, without holding it in memory. */
export async function inspectFile(filePath: string, headBytes: number): Promise<InspectedFile> {
  const m = meter(Number.MAX_SAFE_INTEGER, headBytes);
  for await (const chunk of createReadStream(filePath)) m.add(chunk);
  return m.result(filePath);
}

/**
 * Replaces a file by a rewritten version (the server re-encoding images): `write` reads
 * `from` and writes a new temporary file, which is then measured like any upload. On success
 * the original is deleted; on failure the new file is, and the original is left to the caller.
 */
export async function rewriteFile(
  file: CheckedFile,
  headBytes: number,
  write: (from: string, to: string) => Promise<void>,
): Promise<CheckedFile> {
  const dir = path.join(root(), "tmp");
  await mkdir(dir, { recursive: true });
  const rewritten = path.join(dir, randomUUID());
  try {
    await write(file.path, rewritten);
    const inspected = await inspectFile(rewritten, headBytes);
    await discardFile(file.path);
    // Our own encoder's output, written from a file that passed the inspection.
    return inspected as CheckedFile;
  } catch (e) {
    await discardFile(rewritten);
    throw e;
  }
}

/** Moves an inspected file (temporary or resumable upload) into the store under a new random key. */
export async function commitFile(file: CheckedFile): Promise<string> {
  const key = randomUUID().replace(/-/g, "");
  const target = pathOf(key);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(file.path, target);
  return key;
}

export const discardFile = (filePath: string) => rm(filePath, { force: true });
export const removeStored = (key: string) => rm(pathOf(key), { force: true });

export async function openStored(key: string) {
  const file = pathOf(key);
  const { size } = await stat(file);
  return { size, stream: createReadStream(file) };
}
