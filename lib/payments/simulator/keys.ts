import "server-only";
import { gatewayConfig, IPN_PATH, simulatorEnabled } from "../config";
import { env } from "../../env";

/** The simulator shares the merchant's terminal code and secret, as a real gateway does. */
export const simulatorKeys = () => {
  const c = gatewayConfig();
  return { tmnCode: c.tmnCode, hashSecret: c.hashSecret };
};

/** The merchant's IPN address, configured at the gateway (not sent with each payment). */
export const merchantIpnUrl = () => new URL(IPN_PATH, env.NEXTAUTH_URL).toString();

export const notFoundUnlessSimulator = () => (simulatorEnabled() ? null : new Response("Not found", { status: 404 }));
