import "server-only";
import path from "node:path";
import { FileStore } from "@tus/file-store";
import { Server, type ServerOptions } from "@tus/server";
import { getActor, type Actor } from "../auth/actor";
import { AppError, isAppError, notFound } from "../errors";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "../http/same-origin";
import { attachFile } from "./attach-file";
import { SNIFF_BYTES } from "../files/file-type";
import { checkFileSize } from "../files/limits";
import { discardFile, inspectFile, resumableDir } from "../files/storage";
import { loadUploadTarget } from "./upload-target";
import { loggableError } from "../text/redact";

// Resumable uploads (tus 1.0, docs/decisions/004-attachment-storage.md). @tus/file-store
// appends each PATCH body to STORAGE_DIR/tus/<id> as it streams in; the hooks below put the
// portal's rules around the protocol: who may create, continue and finish an upload, and
// what becomes of the file once complete (the same attach step as the raw-body route).

export const RESUMABLE_PATH = "/api/uploads";
/** An incomplete upload is deleted this long after it was created (tus "expiration"). */
export const RESUMABLE_EXPIRY_MS = 24 * 60 * 60 * 1000;
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

const uploadNotFound = () => notFound("Không tìm thấy tệp đang tải lên.");

// The actor is found once per request, by the first hook, and read by the later ones: tus
// passes the same Request object through every hook of a request.
const actors = new WeakMap<Request, Actor>();

type HookError = { status_code: number; body: string };
const jsonError = (status_code: number, error: string, code?: string): HookError => ({
  status_code,
  body: JSON.stringify({ error, code }),
});

function createServer() {
  const store = new FileStore({ directory: resumableDir(), expirationPeriodInMilliseconds: RESUMABLE_EXPIRY_MS });

  /** Success or failure, a finished upload is over: its bytes were moved to the store or must go. */
  async function forget(id: string) {
    await discardFile(path.join(store.directory, id));
    await store.configstore.delete(id).catch(() => undefined);
  }

  const options: Omit<ServerOptions, "locker"> = {
    path: RESUMABLE_PATH,
    relativeLocation: true,
    // Same origin only: no Access-Control-Allow-Origin. Every tus request carries the custom
    // Tus-Resumable header, so another site cannot send one with the citizen's cookie.
    allowedOrigins: [],
    disableTerminationForFinishedUploads: true,

    // POST, HEAD, PATCH, DELETE. An upload is visible only to the user who created it;
    // to anyone else it does not exist.
    async onIncomingRequest(req, id) {
      const actor = await getActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
      actors.set(req, actor);
      if (req.method === "POST") return; // a new upload: checked in onUploadCreate
      const upload = await store.getUpload(id).catch(() => null);
      if (upload?.metadata?.userId !== actor.userId) throw uploadNotFound();
    },

    // Before anything is written: the dossier, the component and the declared size.
    async onUploadCreate(req, upload) {
      const actor = actors.get(req);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
      const { dossierId, componentId, supplementItemId, filename } = upload.metadata ?? {};
      if (!dossierId || !(componentId || supplementItemId))
        throw new AppError("INVALID_INPUT", "Thiếu hồ sơ hoặc thành phần hồ sơ.");
      if (upload.size === undefined)
        throw new AppError("INVALID_INPUT", "Cần khai báo dung lượng tệp (Upload-Length).");
      const target = await loadUploadTarget(actor, dossierId, { componentId, supplementItemId });
      checkFileSize(target, upload.size);
      cleanUpNowAndThen(server);
      // Replaces whatever the client sent: only these keys, and the owner set by the server.
      return {
        metadata: {
          dossierId,
          componentId: componentId ?? "",
          supplementItemId: supplementItemId ?? "",
          filename: filename ?? "",
          userId: actor.userId,
        },
      };
    },

    // The last byte arrived: judge the content, attach the file, answer with the attachment.
    async onUploadFinish(req, upload) {
      try {
        const actor = actors.get(req);
        if (!actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
        const { dossierId, componentId, supplementItemId, filename } = upload.metadata ?? {};
        const file = await inspectFile(path.join(store.directory, upload.id), SNIFF_BYTES);
        const attachment = await attachFile(actor, {
          dossierId: dossierId ?? "",
          slot: { componentId, supplementItemId },
          fileName: filename ?? "",
          file,
        });
        // tus answers a PATCH with 204 and no body; tus-js-client accepts any 2xx, and this
        // body is how the page learns the new attachment without another request.
        return { status_code: 200, headers: { "Content-Type": "application/json" }, body: JSON.stringify(attachment) };
      } finally {
        await forget(upload.id);
      }
    },

    // Our errors become { error, code } JSON with their status, like lib/http.ts; the
    // protocol's own errors keep their status, in Vietnamese where a citizen may see them.
    onResponseError(_req, err) {
      if (isAppError(err)) return jsonError(err.status, err.message, err.code);
      if (!("status_code" in err) || typeof err.status_code !== "number") {
        console.error(loggableError(err)); // never the personal data an error may carry (lib/text/redact.ts)
        return jsonError(500, "Đã có lỗi xảy ra. Vui lòng thử lại sau.");
      }
      if (err.status_code === 404 || err.status_code === 410)
        return jsonError(err.status_code, "Không tìm thấy tệp đang tải lên.", "NOT_FOUND");
      if (err.status_code === 413)
        return jsonError(413, "Dữ liệu gửi lên vượt quá dung lượng tệp đã khai báo.", "FILE_TOO_LARGE");
      return undefined;
    },
  };
  const server: Server = new Server({ ...options, datastore: store });
  return server;
}

// Expired incomplete uploads are swept at most once an hour, when someone starts an upload:
// enough for one server process, with no scheduler to run.
let lastCleanUp = 0;
function cleanUpNowAndThen(server: Server) {
  if (Date.now() - lastCleanUp < CLEANUP_EVERY_MS) return;
  lastCleanUp = Date.now();
  server.cleanUpExpiredUploads().catch((e: unknown) => console.error("Cleaning up expired uploads failed", e));
}

let instance: Server | undefined;

/** Handles one tus request (web Request in, Response out). */
export async function handleResumableUpload(request: Request): Promise<Response> {
  // tus's own custom header already needs a CORS preflight, which is never granted; the Origin
  // check says so plainly, like the raw-body routes (lib/http/same-origin.ts).
  if (request.method !== "OPTIONS" && !isSameOrigin(request))
    return Response.json({ error: CROSS_SITE_MESSAGE, code: "FORBIDDEN" }, { status: 403 });
  instance ??= createServer();
  return instance.handleWeb(request);
}
