// What a webhook subscription is made of, checked the same way whether an API key or an
// administrator creates it; /api/v1 documents it under its component name (lib/api/schemas.ts).
import { z } from "zod";
import { WEBHOOK_TOPICS } from "./topics";

export const createWebhookSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: "Địa chỉ webhook phải là URL http(s) đầy đủ." })
    .max(500, "Địa chỉ webhook tối đa 500 ký tự."),
  secret: z
    .string({ error: "Thiếu khoá bí mật ký webhook." })
    .min(32, "Khoá bí mật phải có ít nhất 32 ký tự.")
    .max(200, "Khoá bí mật tối đa 200 ký tự.")
    .describe("Khoá bí mật chung để ký HMAC-SHA256"),
  topics: z
    .array(z.enum(WEBHOOK_TOPICS, { error: `Chủ đề không hợp lệ; chọn trong: ${WEBHOOK_TOPICS.join(", ")}.` }), {
      error: "Thiếu danh sách chủ đề.",
    })
    .min(1, "Chọn ít nhất một chủ đề.")
    .describe("Thay đổi trạng thái cần nhận, theo mã quốc gia"),
});
