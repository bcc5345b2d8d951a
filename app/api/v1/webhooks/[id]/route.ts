import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseParams } from "@/lib/api/parse";
import { deleteKeyWebhook } from "@/lib/notifications/webhooks/manage";

const op = OPERATIONS.deleteWebhook;

export const DELETE = apiRoute(op, async ({ params, client }) => {
  const p = parseParams(params, op.pathParams);
  if (!p.ok) return p.response;
  await deleteKeyWebhook(client!.keyId, p.data.id);
  return new Response(null, { status: 204 });
});
