import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseBody } from "@/lib/api/parse";
import { createKeyWebhook, listKeyWebhooks } from "@/lib/notifications/webhooks/manage";

export const GET = apiRoute(OPERATIONS.listWebhooks, async ({ client }) =>
  Response.json({ items: await listKeyWebhooks(client!.keyId) }),
);

export const POST = apiRoute(OPERATIONS.createWebhook, async ({ request, client }) => {
  const body = await parseBody(request, OPERATIONS.createWebhook.body);
  if (!body.ok) return body.response;
  return Response.json(await createKeyWebhook(client!.keyId, body.data), { status: 201 });
});
