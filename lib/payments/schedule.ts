import "server-only";
import { reconcilePayments } from "./commands/reconcile-payments";

/** How often pending payments without a notification are asked about (querydr). */
export const RECONCILE_INTERVAL_MS = 5 * 60_000;

const state = globalThis as unknown as { paymentReconciliation?: ReturnType<typeof setInterval> };

export async function runReconciliation(now = new Date()) {
  try {
    const r = await reconcilePayments({ now });
    if (r.settled || r.expired) console.info(`Payment reconciliation: ${r.settled} settled, ${r.expired} expired, ${r.stillPending} pending.`);
  } catch (e) {
    console.error("Payment reconciliation failed:", e);
  }
}

/** Starts the periodic reconciliation inside the server process, once (instrumentation.ts). */
export function startPaymentReconciliation(intervalMs = RECONCILE_INTERVAL_MS) {
  if (state.paymentReconciliation) return;
  state.paymentReconciliation = setInterval(() => void runReconciliation(), intervalMs);
  state.paymentReconciliation.unref?.();
}
