// The OpenAPI 3.1 document of /api/v1, built from the operation list and the same zod schemas
// the handlers validate with (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses).
import { z } from "zod";
import { OPERATIONS, type ApiOperation } from "./operations";
import { requestSchemas, responseSchemas } from "./schemas";
import { API_SCOPES } from "./scopes";
import { postalOperatorPaths, postalOperatorSecuritySchemes } from "../postal/operator-api/openapi";

type JsonObject = Record<string, unknown>;
/** An OpenAPI `paths` object: path → method → operation. */
export type OpenApiPaths = Record<string, Record<string, JsonObject>>;

/**
 * Paths that other modules serve under /api/v1 with their own authentication, merged into the
 * document. Each module exports its fragment; the list of fragments is MODULE_FRAGMENTS below.
 */
export type OpenApiFragment = {
  paths: OpenApiPaths;
  securitySchemes?: Record<string, JsonObject>;
  schemas?: Record<string, JsonObject>;
};

// ── Fragments of other modules (merged into the document) ──
// The postal operator's event endpoint is signed with HMAC rather than an API key (lib/postal).
export const MODULE_FRAGMENTS: OpenApiFragment[] = [
  { paths: postalOperatorPaths as OpenApiPaths, securitySchemes: postalOperatorSecuritySchemes },
];

const COMPONENT_URI = (id: string) => `#/components/schemas/${id}`;

function componentSchemas(): Record<string, JsonObject> {
  const strip = (all: Record<string, JsonObject>) =>
    Object.fromEntries(Object.entries(all).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
  const requests = z.toJSONSchema(requestSchemas, { io: "input", uri: COMPONENT_URI }) as {
    schemas: Record<string, JsonObject>;
  };
  const responses = z.toJSONSchema(responseSchemas, { io: "output", uri: COMPONENT_URI }) as {
    schemas: Record<string, JsonObject>;
  };
  return { ...strip(requests.schemas), ...strip(responses.schemas) };
}

function refTo(schema: z.ZodType): JsonObject {
  const id = requestSchemas.get(schema)?.id ?? responseSchemas.get(schema)?.id;
  if (id) return { $ref: COMPONENT_URI(id) };
  const { $schema: _s, ...inline } = z.toJSONSchema(schema, { io: "output" }) as JsonObject;
  return inline;
}

function parameters(where: "query" | "path", object: z.ZodObject | undefined): JsonObject[] {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const { $schema: _s, description, ...schema } = z.toJSONSchema(field as z.ZodType, { io: "input" }) as JsonObject;
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema,
    };
  });
}

function operationObject(op: ApiOperation): JsonObject {
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, r]) => [
      status,
      r.schema || r.contentType
        ? {
            description: r.description,
            content: { [r.contentType ?? "application/json"]: r.schema ? { schema: refTo(r.schema) } : {} },
          }
        : { description: r.description },
    ]),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    ...(op.scope ? { security: [{ apiKey: [op.scope] }], "x-required-scope": op.scope } : { security: [] }),
    parameters: [
      ...parameters("path", op.pathParams),
      ...parameters("query", op.query),
      ...(op.headers ?? []).map((h) => ({
        name: h.name,
        in: "header",
        required: h.required,
        description: h.description,
        schema: { type: "string", minLength: 8, maxLength: 100 },
      })),
    ],
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: refTo(op.body) } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(fragments: OpenApiFragment[] = MODULE_FRAGMENTS) {
  const paths: OpenApiPaths = {};
  for (const op of Object.values(OPERATIONS) as ApiOperation[]) {
    (paths[op.path] ??= {})[op.method] = operationObject(op);
  }
  const securitySchemes: Record<string, JsonObject> = {
    apiKey: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "dvc_…",
      description: `Khoá API do quản trị viên cấp (Authorization: Bearer dvc_…). Phạm vi: ${Object.entries(API_SCOPES)
        .map(([k, v]) => `${k} — ${v}`)
        .join("; ")}.`,
    },
  };
  const schemas = componentSchemas();
  for (const f of fragments) {
    for (const [path, methods] of Object.entries(f.paths)) paths[path] = { ...paths[path], ...methods };
    Object.assign(securitySchemes, f.securitySchemes);
    Object.assign(schemas, f.schemas);
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "API tích hợp — Cổng dịch vụ công tỉnh Tây Ninh",
      version: "1.0.0",
      description:
        "Danh mục thủ tục, trạng thái hồ sơ, tạo hồ sơ tiếp nhận từ cổng khác và webhook thay đổi trạng thái. Lỗi trả về theo RFC 9457 (application/problem+json), thông điệp tiếng Việt.",
    },
    servers: [{ url: "/" }],
    tags: [{ name: "Danh mục" }, { name: "Hồ sơ" }, { name: "Webhook" }, { name: "Tài liệu" }],
    paths,
    components: { securitySchemes, schemas },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
