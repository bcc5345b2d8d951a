import { listCatalogPage } from "@/lib/api/catalog";
import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseParams, queryOf } from "@/lib/api/parse";

const op = OPERATIONS.listProcedures;

export const GET = apiRoute(op, async ({ request }) => {
  const q = parseParams(queryOf(request), op.query);
  if (!q.ok) return q.response;
  return Response.json(await listCatalogPage(q.data.page, q.data.pageSize));
});
