import { Readable } from "node:stream";
import { requireActor } from "@/lib/auth/actor";
import { getAttachmentForActor } from "@/lib/attachments/queries";
import { openStored } from "@/lib/files/storage";
import { deleteAttachment } from "@/lib/attachments/upload-attachment";
import { errorResponse } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

/** Download, only for the applicant or staff of the dossier's agency (404 to anyone else). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    const attachment = await getAttachmentForActor(actor, id);
    const file = await openStored(attachment.storageKey);
    return new Response(Readable.toWeb(file.stream) as ReadableStream, {
      headers: {
        "Content-Type": attachment.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    await deleteAttachment(actor, id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return errorResponse(e);
  }
}
