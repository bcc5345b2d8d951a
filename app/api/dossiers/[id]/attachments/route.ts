import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { requireActor } from "@/lib/auth/actor";
import { uploadAttachment } from "@/lib/attachments/upload-attachment";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http";
import { assertSameOrigin } from "@/lib/http/same-origin";

// Upload of one file as the raw request body (?component=<id> or ?item=<supplement item id>,
// &name=<file name>), streamed
// to disk: no formData(), no server-action body, so the file is never held whole in memory.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id } = await params;
    const url = new URL(request.url);
    const componentId = url.searchParams.get("component");
    const supplementItemId = url.searchParams.get("item");
    const fileName = url.searchParams.get("name") ?? "";
    if (!componentId && !supplementItemId) throw new AppError("INVALID_INPUT", "Thiếu thành phần hồ sơ.");
    if (!request.body) throw new AppError("INVALID_INPUT", "Tệp rỗng.");
    const length = request.headers.get("content-length");
    const attachment = await uploadAttachment(actor, {
      dossierId: id,
      componentId,
      supplementItemId,
      fileName,
      declaredBytes: length === null ? null : Number(length),
      body: request.body as WebReadableStream<Uint8Array>,
    });
    return jsonResponse(attachment, 201);
  } catch (e) {
    return errorResponse(e);
  }
}
