import { env } from "@/lib/env";
import { handleOperatorEvent } from "@/lib/postal/operator-api/handle-event";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/postal/operator-api/signature";

/** The postal operator's system reports shipment events here (docs/postal.md, decision 012). */
export async function POST(request: Request) {
  const rawBody = await request.text();
  const headers = {
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
  };
  const { status, body } = await handleOperatorEvent(rawBody, headers, env.POSTAL_OPERATOR_SECRET);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
