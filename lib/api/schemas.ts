// The zod schemas of /api/v1: the handlers validate with them and the OpenAPI document is
// generated from them (lib/api/openapi.ts), so the description cannot drift from the code.
// Every schema a request or response names is registered under its component name.
import { z } from "zod";
import { FIELD_TYPES } from "../forms/definition";
import { NATIONAL_STATUS_CODES } from "../notifications/national-status-codes";
import { createWebhookSchema } from "../notifications/webhooks/schemas";
import { WEBHOOK_TOPICS } from "../notifications/webhooks/topics";
import { problemSchema } from "./problem";

/** Request schemas (converted as the input a client sends). */
export const requestSchemas = z.registry<{ id: string }>();
/** Response schemas (converted as the output the server returns). */
export const responseSchemas = z.registry<{ id: string }>();

const nationalStatus = z.enum(NATIONAL_STATUS_CODES).describe("Mã trạng thái đồng bộ với Cổng DVC quốc gia");
const isoDateTime = z.iso.datetime({ offset: true });
const nullableDateTime = isoDateTime.nullable();

// ── Catalogue ──
export const catalogQuerySchema = z.object({
  page: z.coerce
    .number({ error: "Số trang phải là số nguyên dương." })
    .int("Số trang phải là số nguyên dương.")
    .min(1, "Số trang phải là số nguyên dương.")
    .default(1)
    .describe("Trang, bắt đầu từ 1"),
  pageSize: z.coerce
    .number({ error: "Số thủ tục mỗi trang phải từ 1 đến 100." })
    .int("Số thủ tục mỗi trang phải từ 1 đến 100.")
    .min(1, "Số thủ tục mỗi trang phải từ 1 đến 100.")
    .max(100, "Số thủ tục mỗi trang phải từ 1 đến 100.")
    .default(20)
    .describe("Số thủ tục mỗi trang (1–100)"),
});

const procedureSchema = z.object({
  code: z.string().describe("Mã thủ tục trên Cơ sở dữ liệu quốc gia, ví dụ 1.001193"),
  name: z.string(),
  field: z.object({ code: z.string(), name: z.string() }),
  authorityLevel: z.enum(["PROVINCE", "COMMUNE"]),
  serviceLevel: z.enum(["FULL_ONLINE", "PARTIAL_ONLINE"]),
  requiresPersonalPresence: z.boolean(),
  agencies: z.array(z.object({ code: z.string().describe("Mã định danh QCVN 102:2016"), name: z.string() })),
  timings: z.array(
    z.object({
      channel: z.enum(["COUNTER", "ONLINE", "POSTAL"]),
      amount: z.number().int(),
      unit: z.enum(["WORKING_DAYS", "CALENDAR_DAYS", "WORKING_HOURS"]),
    }),
  ),
  fees: z.array(z.object({ kind: z.enum(["FEE", "CHARGE"]), amountVnd: z.number().int(), description: z.string() })),
  components: z.array(
    z.object({
      id: z.string().describe("Dùng trong `documents[].componentId` khi tạo hồ sơ"),
      name: z.string(),
      required: z.boolean(),
      copyType: z.string(),
    }),
  ),
  formFields: z
    .array(
      z.object({
        name: z.string().describe("Tên trường trong `form` khi tạo hồ sơ"),
        label: z.string(),
        type: z.enum(FIELD_TYPES),
        required: z.boolean(),
        options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
        maxLength: z.number().int().optional(),
      }),
    )
    .describe("Các trường của tờ khai điện tử"),
});
responseSchemas.add(procedureSchema, { id: "Procedure" });

export const procedurePageSchema = z.object({
  items: z.array(procedureSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe("Tổng số thủ tục đang công bố"),
});
responseSchemas.add(procedurePageSchema, { id: "ProcedurePage" });

// ── Dossier status ──
export const dossierCodeParamSchema = z.object({
  code: z.string().min(1).max(40).describe("Mã hồ sơ, ví dụ 000.00.01.H49-261202-0001"),
});

const historyEntrySchema = z.object({
  at: isoDateTime,
  action: z.string().describe("Bước xử lý (mã nội bộ, ví dụ RECEIVE)"),
  status: nationalStatus.nullable(),
  statusName: z.string(),
});
export const dossierStatusSchema = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ code: z.string(), name: z.string() }).describe("Cơ quan có thẩm quyền giải quyết"),
  channel: z.enum(["COUNTER", "ONLINE", "POSTAL"]),
  status: nationalStatus,
  statusName: z.string(),
  submittedAt: nullableDateTime,
  receivedAt: nullableDateTime,
  dueAt: nullableDateTime.describe("Ngày hẹn trả kết quả"),
  finishedAt: nullableDateTime,
  returnedAt: nullableDateTime,
  history: z.array(historyEntrySchema),
});
responseSchemas.add(dossierStatusSchema, { id: "DossierStatus" });

// ── Dossier creation ──
const PERSONAL_ID = /^\d{12}$/;
export const createDossierSchema = z.object({
  procedureCode: z.string({ error: "Thiếu mã thủ tục." }).trim().min(1, "Thiếu mã thủ tục."),
  agencyCode: z
    .string({ error: "Thiếu mã cơ quan giải quyết." })
    .trim()
    .min(1, "Thiếu mã cơ quan giải quyết.")
    .describe("Mã QCVN 102 của cơ quan có thẩm quyền"),
  source: z
    .object(
      {
        system: z
          .string({ error: "Thiếu tên hệ thống gửi hồ sơ." })
          .trim()
          .min(1, "Thiếu tên hệ thống gửi hồ sơ.")
          .max(100, "Tên hệ thống tối đa 100 ký tự."),
        reference: z
          .string({ error: "Thiếu mã hồ sơ trên hệ thống gửi." })
          .trim()
          .min(1, "Thiếu mã hồ sơ trên hệ thống gửi.")
          .max(100, "Mã hồ sơ trên hệ thống gửi tối đa 100 ký tự."),
      },
      { error: "Thiếu thông tin hệ thống gửi hồ sơ (source)." },
    )
    .describe("Cổng đã tiếp nhận hồ sơ và mã hồ sơ ở đó"),
  applicant: z.object(
    {
      personalId: z
        .string({ error: "Thiếu số định danh cá nhân." })
        .regex(PERSONAL_ID, "Số định danh cá nhân phải gồm 12 chữ số."),
      fullName: z
        .string({ error: "Thiếu họ và tên người nộp." })
        .trim()
        .min(2, "Họ và tên người nộp quá ngắn.")
        .max(100, "Họ và tên tối đa 100 ký tự."),
      birthDate: z.iso.date("Ngày sinh phải có dạng YYYY-MM-DD.").optional(),
      phone: z
        .string()
        .regex(/^0\d{9}$/, "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.")
        .optional(),
      email: z.email("Địa chỉ thư điện tử không hợp lệ.").optional(),
      address: z.string().trim().min(1).max(300, "Địa chỉ tối đa 300 ký tự.").optional(),
    },
    { error: "Thiếu thông tin người nộp hồ sơ (applicant)." },
  ),
  form: z
    .record(z.string(), z.string(), { error: "Tờ khai (form) phải là các cặp tên trường – giá trị chuỗi." })
    .default({})
    .describe("Câu trả lời tờ khai điện tử của thủ tục, theo tên trường"),
  resultDelivery: z
    .enum(["COUNTER", "POST", "ELECTRONIC"], { error: "Hình thức trả kết quả phải là COUNTER, POST hoặc ELECTRONIC." })
    .default("COUNTER"),
  documents: z
    .array(
      z.object({
        componentId: z.string({ error: "Thiếu thành phần hồ sơ của tệp." }).min(1, "Thiếu thành phần hồ sơ của tệp."),
        fileName: z
          .string({ error: "Thiếu tên tệp." })
          .trim()
          .min(1, "Thiếu tên tệp.")
          .max(200, "Tên tệp tối đa 200 ký tự."),
        contentBase64: z
          .base64("Nội dung tệp phải được mã hoá base64.")
          .describe("Nội dung tệp PDF, JPEG hoặc PNG, mã hoá base64"),
      }),
      { error: "Danh sách giấy tờ (documents) không hợp lệ." },
    )
    .max(30, "Tối đa 30 tệp mỗi hồ sơ.")
    .default([]),
});
requestSchemas.add(createDossierSchema, { id: "CreateDossierRequest" });
export type CreateDossierInput = z.infer<typeof createDossierSchema>;

export const dossierCreatedSchema = z.object({
  code: z.string().describe("Mã hồ sơ do hệ thống cấp (TT 01/2018/TT-VPCP Điều 19)"),
  status: nationalStatus,
  statusName: z.string(),
  created: z.boolean().describe("false khi yêu cầu là lần gửi lại với cùng Idempotency-Key"),
});
responseSchemas.add(dossierCreatedSchema, { id: "DossierCreated" });

// ── Webhooks ──
export { createWebhookSchema };
requestSchemas.add(createWebhookSchema, { id: "CreateWebhookRequest" });

export const webhookIdParamSchema = z.object({ id: z.string().min(1).describe("Mã đăng ký webhook") });

const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  topics: z.array(z.string()),
  active: z.boolean(),
  createdAt: isoDateTime,
});
responseSchemas.add(webhookSchema, { id: "Webhook" });
export const webhookListSchema = z.object({ items: z.array(webhookSchema) });
responseSchemas.add(webhookListSchema, { id: "WebhookList" });

/** The body every webhook delivery carries (documented; signed, see docs/integration-api.md). */
export const webhookEventSchema = z.object({
  id: z.string().describe("Mã thông báo; trùng với Idempotency-Key"),
  topic: z.enum(WEBHOOK_TOPICS),
  data: z.object({
    code: z.string().nullable(),
    status: nationalStatus,
    statusLabel: z.string(),
    previousStatus: nationalStatus.nullable(),
    changedAt: isoDateTime,
  }),
});
responseSchemas.add(webhookEventSchema, { id: "WebhookEvent" });

responseSchemas.add(problemSchema, { id: "Problem" });
