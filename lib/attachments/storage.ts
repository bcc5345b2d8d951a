import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "../env";
import { AppError } from "../errors";

// Files live on disk outside public/, under STORAGE_DIR, named by random keys; they are
// served only through the authorised download route. Uploads stream to disk chunk by chunk,
// so a file is never held whole in memory.

const root = () => path.resolve(env.STORAGE_DIR);
const pathOf = (key: string) => path.join(root(), "files", key.slice(0, 2), key);

export type StoredTemp = { tempPath: string; sizeBytes: number; sha256: string; head: Buffer };

/** Streams a body to a temporary file, refusing (and deleting) it beyond maxBytes. */
export async function streamToTemp(body: Readable, maxBytes: number, headBytes: number): Promise<StoredTemp> {
  const dir = path.join(root(), "tmp");
  await mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, randomUUID());
  const hash = createHash("sha256");
  const headChunks: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new AppError("FILE_TOO_LARGE", `Tệp vượt quá dung lượng cho phép (${Math.round(maxBytes / 1048576)} MB).`));
      hash.update(chunk);
      if (headSize < headBytes) {
        headChunks.push(chunk.subarray(0, headBytes - headSize));
        headSize += Math.min(chunk.length, headBytes - headSize);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(tempPath));
  } catch (e) {
    await rm(tempPath, { force: true });
    throw e;
  }
  return { tempPath, sizeBytes: size, sha256: hash.digest("hex"), head: Buffer.concat(headChunks) };
}

export async function commitTemp(tempPath: string): Promise<string> {
  const key = randomUUID().replace(/-/g, "");
  const target = pathOf(key);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(tempPath, target);
  return key;
}

export const discardTemp = (tempPath: string) => rm(tempPath, { force: true });
export const removeStored = (key: string) => rm(pathOf(key), { force: true });

export async function openStored(key: string) {
  const file = pathOf(key);
  const { size } = await stat(file);
  return { size, stream: createReadStream(file) };
}
