import { Readable } from "node:stream";
import { requireActor } from "@/lib/auth/actor";
import { getAttachmentForActor } from "@/lib/attachments/queries";
import { openStored } from "@/lib/files/storage";
import { deleteAttachment } from "@/lib/attachments/upload-attachment";
import { errorResponse, fileHeaders, jsonResponse } from "@/lib/http";
import { assertSameOrigin } from "@/lib/http/same-origin";

type Params = { params: Promise<{ id: string }> };

/**
 * Download, only for the applicant or staff of the dossier's agency (404 to anyone else). Always
 * as an attachment in a sandbox: an upload is never rendered in a page of the portal's origin.
 */
export async function GET(_request: Request, { params }: Params) {
  try {
    const actor = await requireActor();
    const { id } = await params;
    const attachment = await getAttachmentForActor(actor, id);
    const file = await openStored(attachment.storageKey);
    return new Response(Readable.toWeb(file.stream) as ReadableStream, {
      headers: fileHeaders({
        fileName: attachment.fileName,
        contentType: attachment.mimeType,
        size: file.size,
        disposition: "attachment",
      }),
    });
  } catch (e) {
    return errorResponse(e);
  }
}

export async function DELETE(request: Request, { params }: Params) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id } = await params;
    await deleteAttachment(actor, id);
    return jsonResponse(null, 204);
  } catch (e) {
    return errorResponse(e);
  }
}
