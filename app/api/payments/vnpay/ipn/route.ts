import { handleNotification } from "@/lib/payments/commands/handle-notification";
import { vnpParams } from "@/lib/payments/vnpay/sign";

/** The gateway's server-to-server notification (IPN, GET with signed vnp_* parameters); answers {RspCode, Message}. */
export async function GET(request: Request) {
  const params = vnpParams(new URL(request.url).searchParams.entries());
  return Response.json(await handleNotification(params));
}
