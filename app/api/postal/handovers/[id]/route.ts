import { printedDocumentRoute } from "@/lib/legal-forms/route";
import { renderHandover } from "@/lib/postal/handover-pdf";
import { handoverForActor } from "@/lib/postal/queries";

/** The hand-over record (PDF), for the post office's and the agency's staff of its agency (404 to anyone else). */
export const GET = printedDocumentRoute(async (actor, { id }: { id: string }) => {
  const handover = await handoverForActor(actor, id);
  return { body: await renderHandover(handover), fileName: `bien-ban-giao-nhan-${handover.number}.pdf` };
});
