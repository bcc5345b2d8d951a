import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseBody } from "@/lib/api/parse";
import { problem } from "@/lib/api/problem";
import { WebhookAddressRefused } from "@/lib/notifications/webhooks/address-policy";
import { createKeyWebhook, listKeyWebhooks } from "@/lib/notifications/webhooks/manage";

export const GET = apiRoute(OPERATIONS.listWebhooks, async ({ client }) =>
  Response.json({ items: await listKeyWebhooks(client!.keyId) }),
);

export const POST = apiRoute(OPERATIONS.createWebhook, async ({ request, client }) => {
  const body = await parseBody(request, OPERATIONS.createWebhook.body);
  if (!body.ok) return body.response;
  try {
    return Response.json(await createKeyWebhook(client!.keyId, body.data), { status: 201 });
  } catch (e) {
    // An address this server will not deliver to (http, private or unresolvable): 400 on the field.
    if (e instanceof WebhookAddressRefused)
      return problem(400, "webhook-url-refused", e.message, { errors: [{ path: e.field, message: e.message }] });
    throw e;
  }
});
