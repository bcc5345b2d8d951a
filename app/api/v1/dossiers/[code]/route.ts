import { dossierStatusByCode } from "@/lib/api/dossier-status";
import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseParams } from "@/lib/api/parse";

const op = OPERATIONS.getDossierStatus;

export const GET = apiRoute(op, async ({ params }) => {
  const p = parseParams(params, op.pathParams);
  if (!p.ok) return p.response;
  return Response.json(await dossierStatusByCode(p.data.code), { headers: { "cache-control": "no-store" } });
});
