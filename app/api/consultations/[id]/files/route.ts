import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { requireActor } from "@/lib/auth/actor";
import { uploadOpinionFile } from "@/lib/consultations/upload-opinion-file";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http";
import { assertSameOrigin } from "@/lib/http/same-origin";

// A document of another agency's opinion, as the raw request body (?name=<file name>), streamed to disk.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    if (!request.body) throw new AppError("INVALID_INPUT", "Tệp rỗng.");
    const length = request.headers.get("content-length");
    const file = await uploadOpinionFile(actor, {
      consultationId: (await params).id,
      fileName: new URL(request.url).searchParams.get("name") ?? "",
      declaredBytes: length === null ? null : Number(length),
      body: request.body as WebReadableStream<Uint8Array>,
    });
    return jsonResponse(file, 201);
  } catch (e) {
    return errorResponse(e);
  }
}
