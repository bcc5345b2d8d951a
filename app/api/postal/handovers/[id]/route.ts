import { requireActor } from "@/lib/auth/actor";
import { errorResponse, pdfResponse } from "@/lib/http";
import { renderHandover } from "@/lib/postal/handover-pdf";
import { handoverForActor } from "@/lib/postal/queries";

type Params = { params: Promise<{ id: string }> };

/** The hand-over record (PDF), for the post office's and the agency's staff of its agency (404 to anyone else). */
export async function GET(_request: Request, { params }: Params) {
  try {
    const handover = await handoverForActor(await requireActor(), (await params).id);
    return pdfResponse(await renderHandover(handover), `bien-ban-giao-nhan-${handover.number}.pdf`);
  } catch (e) {
    return errorResponse(e);
  }
}
