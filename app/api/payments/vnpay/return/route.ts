import { handleReturn } from "@/lib/payments/commands/handle-return";
import { vnpParams } from "@/lib/payments/vnpay/sign";

/** vnp_ReturnUrl: back to the dossier page, which shows the outcome as the server knows it. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const dossierId = await handleReturn(vnpParams(url.searchParams.entries()));
  const to = dossierId ? `/ho-so/${dossierId}?thanh-toan=1#thanh-toan` : "/ho-so";
  return new Response(null, { status: 303, headers: { Location: to } });
}
