import { answerQuery } from "@/lib/payments/simulator/gateway-simulator";
import { notFoundUnlessSimulator, simulatorKeys } from "@/lib/payments/simulator/keys";
import { vnpParams } from "@/lib/payments/vnpay/sign";

/** The simulated querydr API (POST JSON, signed answer). */
export async function POST(request: Request) {
  const off = notFoundUnlessSimulator();
  if (off) return off;
  const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
  return Response.json(answerQuery(simulatorKeys(), vnpParams(Object.entries(body))));
}
