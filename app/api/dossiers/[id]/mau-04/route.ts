import { renderMau04Reappointment } from "@/lib/legal-forms/mau-04-reappointment";
import { printedDocumentRoute } from "@/lib/legal-forms/route";
import { mau04ForActor } from "@/lib/reappointments/queries";

/** Mẫu 04, apology and new date, for the applicant and the agency's staff once the leader has issued it. */
export const GET = printedDocumentRoute(async (actor, { id }: { id: string }) => {
  const data = await mau04ForActor(actor, id);
  return { body: await renderMau04Reappointment(data), fileName: `mau-04-${data.code}.pdf` };
});
