import "server-only";
import { env } from "../env";

export type GatewayConfig = {
  payUrl: string;
  queryUrl: string;
  tmnCode: string;
  hashSecret: string;
  /** Where the gateway sends the citizen back (vnp_ReturnUrl). */
  returnUrl: string;
  timeoutMinutes: number;
};

/** Where the simulator of this server lives (app/gateway-sim), used when no gateway is configured. */
export const SIMULATOR_PATHS = { pay: "/gateway-sim/pay", query: "/gateway-sim/querydr" } as const;
export const RETURN_PATH = "/api/payments/vnpay/return";
export const IPN_PATH = "/api/payments/vnpay/ipn";

export function gatewayConfig(): GatewayConfig {
  const base = env.NEXTAUTH_URL;
  return {
    payUrl: env.PAYMENT_GATEWAY_URL ?? new URL(SIMULATOR_PATHS.pay, base).toString(),
    queryUrl: env.PAYMENT_QUERY_URL ?? new URL(SIMULATOR_PATHS.query, base).toString(),
    tmnCode: env.PAYMENT_TMN_CODE,
    hashSecret: env.PAYMENT_HASH_SECRET,
    returnUrl: new URL(RETURN_PATH, base).toString(),
    timeoutMinutes: env.PAYMENT_TIMEOUT_MINUTES,
  };
}

/** The simulator answers only outside production (and only when no real gateway is configured there). */
export const simulatorEnabled = () => env.APP_ENV !== "production";
