import { requireActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http";
import { trackingBookFile } from "@/lib/tracking-book/export";

/** The tracking book (Mẫu 06) of the officer's agencies: ?tu-ngay=YYYY-MM-DD&den-ngay=YYYY-MM-DD&dinh-dang=pdf|xlsx. */
export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    const params = new URL(request.url).searchParams;
    const format = params.get("dinh-dang") === "xlsx" ? "xlsx" : "pdf";
    const file = await trackingBookFile(actor, { from: params.get("tu-ngay") ?? "", to: params.get("den-ngay") ?? "" }, format);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.body.byteLength),
        "Content-Disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
