import type { OutboxChannel, OutboxState } from "../generated/prisma/enums";

export const CHANNEL_LABEL: Record<OutboxChannel, string> = {
  EMAIL: "Thư điện tử",
  SMS: "Tin nhắn SMS",
  WEBHOOK: "Webhook",
  NATIONAL_PORTAL: "Cổng DVC quốc gia",
};
export const STATE_LABEL: Record<OutboxState, string> = {
  PENDING: "Đang chờ gửi",
  SENT: "Đã gửi",
  FAILED: "Gửi không thành công",
};
