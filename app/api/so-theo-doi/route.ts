import { printedDocumentResponse } from "@/lib/legal-forms/route";
import { trackingBookFile } from "@/lib/tracking-book/export";

/** The tracking book (Mẫu 06) of the officer's agencies: ?tu-ngay=YYYY-MM-DD&den-ngay=YYYY-MM-DD&dinh-dang=pdf|xlsx. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get("dinh-dang") === "xlsx" ? "xlsx" : "pdf";
  return printedDocumentResponse((actor) =>
    trackingBookFile(actor, { from: params.get("tu-ngay") ?? "", to: params.get("den-ngay") ?? "" }, format),
  );
}
