import { notFoundUnlessSimulator, simulatorKeys } from "@/lib/payments/simulator/keys";
import { openTransaction } from "@/lib/payments/simulator/gateway-simulator";
import { simulatorPage } from "@/lib/payments/simulator/page";
import { vnpParams } from "@/lib/payments/vnpay/sign";

/** The simulated gateway's payment page (development and test only; 404 in production). */
export async function GET(request: Request) {
  const off = notFoundUnlessSimulator();
  if (off) return off;
  const opened = openTransaction(simulatorKeys(), vnpParams(new URL(request.url).searchParams.entries()));
  const html = simulatorPage(opened.ok ? opened : { error: opened.reason });
  return new Response(html, {
    status: opened.ok ? 200 : 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
