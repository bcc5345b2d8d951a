import { createDossierFromApi } from "@/lib/api/commands/create-dossier";
import { apiRoute } from "@/lib/api/handler";
import { OPERATIONS } from "@/lib/api/operations";
import { parseBody } from "@/lib/api/parse";
import { problem } from "@/lib/api/problem";

const op = OPERATIONS.createDossier;

export const POST = apiRoute(op, async ({ request, client, ip }) => {
  const key = request.headers.get("idempotency-key")?.trim() ?? "";
  if (!/^[\x21-\x7e]{8,100}$/.test(key)) {
    return problem(
      400,
      "idempotency-key-required",
      "Cần tiêu đề Idempotency-Key (8–100 ký tự ASCII, không có khoảng trắng), duy nhất cho mỗi hồ sơ, để gửi lại an toàn.",
    );
  }
  const body = await parseBody(request, op.body);
  if (!body.ok) return body.response;
  const created = await createDossierFromApi(client!, key, body.data, ip);
  return Response.json(created, { status: created.created ? 201 : 200 });
});
