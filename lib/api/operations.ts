// Every operation of /api/v1 in one list: the route handlers take their scope and schemas from
// here and the OpenAPI document is built from it. A route file under app/api/v1 without its
// operation here fails the test that compares the two (tests/integration/api-openapi.test.ts).
import type { z } from "zod";
import { problemSchema } from "./problem";
import type { ApiScope } from "./scopes";
import * as s from "./schemas";

type Schema = z.ZodType;
export type HttpMethod = "get" | "post" | "delete";
export type ApiResponseSpec = { description: string; schema?: Schema; contentType?: string };

export type ApiOperation = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template; `{name}` is the route folder `[name]`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** null: public (the document and its reference page). */
  scope: ApiScope | null;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  body?: Schema;
  headers?: { name: string; required: boolean; description: string }[];
  responses: Record<number, ApiResponseSpec>;
};

const p = (description: string): ApiResponseSpec => ({
  description,
  schema: problemSchema,
  contentType: "application/problem+json",
});
const secured = {
  401: p("Thiếu khoá API hoặc khoá không hợp lệ, đã thu hồi"),
  403: p("Khoá API không có phạm vi (scope) cần thiết"),
  429: p("Vượt giới hạn số yêu cầu mỗi phút của khoá"),
};

export const OPERATIONS = {
  openapi: {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Tài liệu",
    scope: null,
    summary: "Tài liệu OpenAPI 3.1 của API này",
    responses: { 200: { description: "Tài liệu OpenAPI", contentType: "application/json" } },
  },
  docs: {
    operationId: "getApiReference",
    method: "get",
    path: "/api/v1/docs",
    tag: "Tài liệu",
    scope: null,
    summary: "Trang tài liệu tra cứu (HTML)",
    responses: { 200: { description: "Trang HTML", contentType: "text/html" } },
  },
  listProcedures: {
    operationId: "listProcedures",
    method: "get",
    path: "/api/v1/procedures",
    tag: "Danh mục",
    scope: "catalog:read",
    summary: "Danh mục thủ tục hành chính đang công bố",
    description:
      "Theo trang, sắp xếp theo mã thủ tục. Có thành phần hồ sơ (mã dùng khi tạo hồ sơ), thời hạn theo kênh, phí, lệ phí và cơ quan giải quyết.",
    query: s.catalogQuerySchema,
    responses: {
      200: { description: "Một trang danh mục", schema: s.procedurePageSchema },
      422: p("Tham số phân trang không hợp lệ"),
      ...secured,
    },
  },
  getDossierStatus: {
    operationId: "getDossierStatus",
    method: "get",
    path: "/api/v1/dossiers/{code}",
    tag: "Hồ sơ",
    scope: "dossiers:read",
    summary: "Trạng thái và quá trình xử lý của một hồ sơ theo mã",
    description:
      "Chỉ mã, thủ tục, cơ quan, trạng thái, các mốc thời gian và các bước xử lý; không có thông tin cá nhân của người nộp, ghi chú hay cán bộ xử lý.",
    pathParams: s.dossierCodeParamSchema,
    responses: {
      200: { description: "Trạng thái hồ sơ", schema: s.dossierStatusSchema },
      404: p("Không có hồ sơ với mã này"),
      ...secured,
    },
  },
  createDossier: {
    operationId: "createDossier",
    method: "post",
    path: "/api/v1/dossiers",
    tag: "Hồ sơ",
    scope: "dossiers:create",
    summary: "Tạo hồ sơ đã được tiếp nhận trên cổng khác",
    description:
      "Hồ sơ vào trạng thái Mới đăng ký (receiving), chờ bộ phận một cửa tiếp nhận như hồ sơ nộp trực tuyến. Tờ khai được kiểm tra theo biểu mẫu của thủ tục và phải có đủ giấy tờ bắt buộc. Gửi lại cùng Idempotency-Key trả về cùng hồ sơ; cùng khoá với nội dung khác bị từ chối (422). Dữ liệu không hợp lệ: 422, không lưu gì.",
    body: s.createDossierSchema,
    headers: [
      {
        name: "Idempotency-Key",
        required: true,
        description: "Khoá duy nhất của yêu cầu (8–100 ký tự), do hệ thống gửi sinh ra",
      },
    ],
    responses: {
      201: { description: "Hồ sơ đã được tạo", schema: s.dossierCreatedSchema },
      200: {
        description: "Lần gửi lại với cùng Idempotency-Key: hồ sơ đã tạo trước đó",
        schema: s.dossierCreatedSchema,
      },
      400: p("Thiếu Idempotency-Key hoặc nội dung không phải JSON"),
      413: p("Tệp hoặc hồ sơ quá lớn"),
      415: p("Tệp không phải PDF, JPEG hoặc PNG"),
      422: p("Dữ liệu không hợp lệ, thiếu giấy tờ, hoặc Idempotency-Key đã dùng cho nội dung khác"),
      ...secured,
    },
  },
  listWebhooks: {
    operationId: "listWebhooks",
    method: "get",
    path: "/api/v1/webhooks",
    tag: "Webhook",
    scope: "webhooks:manage",
    summary: "Các webhook do khoá này đăng ký",
    responses: { 200: { description: "Danh sách", schema: s.webhookListSchema }, ...secured },
  },
  createWebhook: {
    operationId: "createWebhook",
    method: "post",
    path: "/api/v1/webhooks",
    tag: "Webhook",
    scope: "webhooks:manage",
    summary: "Đăng ký nhận thông báo thay đổi trạng thái hồ sơ",
    description:
      "Mỗi thay đổi trạng thái thuộc chủ đề đã chọn được gửi (POST, JSON WebhookEvent) tới url, ký HMAC-SHA256 trong tiêu đề X-DVC-Signature, gửi lại với thời gian chờ tăng dần cho tới khi nhận được 2xx. url phải là https và chỉ phân giải ra địa chỉ công khai (kiểm tra khi đăng ký và mỗi lần gửi); chuyển hướng không được theo.",
    body: s.createWebhookSchema,
    responses: {
      201: { description: "Đã đăng ký", schema: s.webhookListSchema.shape.items.element },
      400: p("Địa chỉ webhook bị từ chối (không phải https, địa chỉ nội bộ hoặc không phân giải được)"),
      422: p("Dữ liệu không hợp lệ"),
      ...secured,
    },
  },
  deleteWebhook: {
    operationId: "deleteWebhook",
    method: "delete",
    path: "/api/v1/webhooks/{id}",
    tag: "Webhook",
    scope: "webhooks:manage",
    summary: "Huỷ một đăng ký webhook của khoá này",
    pathParams: s.webhookIdParamSchema,
    responses: { 204: { description: "Đã huỷ" }, 404: p("Không có đăng ký này"), ...secured },
  },
} satisfies Record<string, ApiOperation>;
