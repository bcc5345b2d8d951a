import { apiRoute } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { OPERATIONS } from "@/lib/api/operations";
import { renderReference } from "@/lib/api/reference-html";

export const GET = apiRoute(
  OPERATIONS.docs,
  async () =>
    new Response(renderReference(buildOpenApiDocument()), {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy":
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      },
    }),
);
