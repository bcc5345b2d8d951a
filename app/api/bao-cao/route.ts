import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { errorResponse, fileHeaders } from "@/lib/http";
import { reportFile } from "@/lib/statistics/export";
import { parsePeriod, PERIOD_ERRORS_VI } from "@/lib/statistics/period";

/** A leader's report of their agency: ?co-quan=<code>&ky=thang|quy|nam&nam=YYYY&so=N&dinh-dang=csv|xlsx. */
export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    const params = new URL(request.url).searchParams;
    const format = params.get("dinh-dang") ?? "xlsx";
    if (format !== "csv" && format !== "xlsx")
      throw new AppError("INVALID_INPUT", "Định dạng tệp không hợp lệ: chọn csv hoặc xlsx.");
    const parsed = parsePeriod({
      ky: params.get("ky") ?? undefined,
      nam: params.get("nam") ?? undefined,
      so: params.get("so") ?? undefined,
    });
    if ("error" in parsed) throw new AppError("INVALID_INPUT", PERIOD_ERRORS_VI[parsed.error]);
    const file = await reportFile(actor, { agencyCode: params.get("co-quan"), period: parsed.period }, format);
    return new Response(file.body, {
      headers: fileHeaders({
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.body.byteLength,
        disposition: "attachment",
      }),
    });
  } catch (e) {
    return errorResponse(e);
  }
}
