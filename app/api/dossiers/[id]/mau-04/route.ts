import { requireActor } from "@/lib/auth/actor";
import { errorResponse, pdfResponse } from "@/lib/http";
import { renderMau04Reappointment } from "@/lib/legal-forms/mau-04-reappointment";
import { mau04ForActor } from "@/lib/reappointments/queries";

/** Mẫu 04, apology and new date, for the applicant and the agency's staff once the leader has issued it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const data = await mau04ForActor(await requireActor(), (await params).id);
    return pdfResponse(await renderMau04Reappointment(data), `mau-04-${data.code}.pdf`);
  } catch (e) {
    return errorResponse(e);
  }
}
