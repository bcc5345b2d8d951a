import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { requireActor } from "@/lib/auth/actor";
import { uploadResult } from "@/lib/attachments/upload-result";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http";
import { assertSameOrigin } from "@/lib/http/same-origin";

// The agency's electronic result, as the raw request body (?name=<file name>), streamed to disk.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id } = await params;
    if (!request.body) throw new AppError("INVALID_INPUT", "Tệp rỗng.");
    const length = request.headers.get("content-length");
    const result = await uploadResult(actor, {
      dossierId: id,
      fileName: new URL(request.url).searchParams.get("name") ?? "",
      declaredBytes: length === null ? null : Number(length),
      body: request.body as WebReadableStream<Uint8Array>,
    });
    return jsonResponse(result, 201);
  } catch (e) {
    return errorResponse(e);
  }
}
