import { apiRoute } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { OPERATIONS } from "@/lib/api/operations";

export const GET = apiRoute(OPERATIONS.openapi, async () => Response.json(buildOpenApiDocument()));
