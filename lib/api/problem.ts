// Errors of /api/v1 as RFC 9457 problem details (application/problem+json), with the message
// in Vietnamese for the people who read integration logs.
import { z } from "zod";

export const problemSchema = z.object({
  type: z.string().describe("Mã lỗi, ví dụ `about:blank#invalid-input`"),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe("Lỗi theo từng trường (422)"),
});

export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ",
  401: "Chưa xác thực",
  403: "Không có quyền",
  404: "Không tìm thấy",
  409: "Xung đột",
  413: "Dữ liệu quá lớn",
  415: "Loại tệp không được chấp nhận",
  422: "Dữ liệu không hợp lệ",
  429: "Quá nhiều yêu cầu",
  500: "Lỗi hệ thống",
  503: "Dịch vụ tạm thời không sẵn sàng",
};

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: `about:blank#${code}`, title: TITLES[status] ?? "Lỗi", status, detail, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

/** A zod failure as a 422 listing each field's message. */
export function validationProblem(
  error: z.ZodError,
  detail = "Dữ liệu gửi lên không hợp lệ; không có gì được lưu.",
): Response {
  return problem(422, "invalid-input", detail, {
    errors: error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message })),
  });
}
