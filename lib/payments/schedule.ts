import "server-only";
import { periodic } from "../jobs/periodic";
import { reconcilePayments } from "./commands/reconcile-payments";

/** How often pending payments without a notification are asked about (querydr). */
export const RECONCILE_INTERVAL_MS = 5 * 60_000;

/** Starts the periodic reconciliation inside the server process, once (instrumentation.ts). */
export const startPaymentReconciliation = periodic(
  "Payment reconciliation",
  RECONCILE_INTERVAL_MS,
  async (now) => {
    const r = await reconcilePayments({ now });
    if (r.settled || r.expired)
      console.info(`Payment reconciliation: ${r.settled} settled, ${r.expired} expired, ${r.stillPending} pending.`);
  },
  { runAtStart: false },
);
