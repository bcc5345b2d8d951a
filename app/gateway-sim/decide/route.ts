import { decide, type Choice } from "@/lib/payments/simulator/gateway-simulator";
import { merchantIpnUrl, notFoundUnlessSimulator, simulatorKeys } from "@/lib/payments/simulator/keys";

const CHOICES: readonly Choice[] = ["pay", "cancel", "fail"];

/** The tester's choice: the signed IPN to the merchant first (as the gateway does), then the signed return. */
export async function POST(request: Request) {
  const off = notFoundUnlessSimulator();
  if (off) return off;
  const form = await request.formData();
  const choice = String(form.get("choice")) as Choice;
  const result = CHOICES.includes(choice) ? decide(simulatorKeys(), String(form.get("txnRef") ?? ""), choice) : null;
  if (!result) return new Response("Giao dịch không tồn tại hoặc đã được xử lý.", { status: 400 });
  try {
    await fetch(`${merchantIpnUrl()}?${result.query}`, { signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    // A lost IPN is what reconciliation (querydr) is for.
    console.error("Gateway simulator: the IPN could not be delivered:", e);
  }
  return new Response(null, { status: 303, headers: { Location: `${result.returnUrl}?${result.query}` } });
}
