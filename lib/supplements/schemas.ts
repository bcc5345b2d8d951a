// What an officer sends when asking for a supplement (Mẫu 02): every missing or invalid item
// with its reason, asked once and completely ("một lần, đầy đủ", NĐ 118/2025). Safe for the browser.
import { z } from "zod";

export const supplementItemSchema = z
  .object({
    componentId: z.string().min(1).optional(),
    label: z.string().trim().max(300, "Tên giấy tờ tối đa 300 ký tự.").optional(),
    reason: z.string().trim().min(1, "Vui lòng ghi rõ lý do cho từng giấy tờ.").max(1000, "Lý do tối đa 1000 ký tự."),
  })
  .refine((i) => i.componentId || i.label, {
    message: "Vui lòng chọn thành phần hồ sơ hoặc ghi tên giấy tờ cần bổ sung.",
  });

export const supplementRequestSchema = z.object({
  items: z.array(supplementItemSchema).min(1, "Vui lòng chọn ít nhất một giấy tờ cần bổ sung.").max(30),
  note: z.string().trim().max(2000, "Ghi chú tối đa 2000 ký tự.").optional(),
});

export type SupplementRequestInput = z.input<typeof supplementRequestSchema>;
