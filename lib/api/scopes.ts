// What an API key may do. A key gets only the scopes its system needs (least privilege):
// the data-sharing platform reads, another portal creates dossiers, and so on.
export const API_SCOPES = {
  "catalog:read": "Đọc danh mục thủ tục hành chính",
  "dossiers:read": "Tra cứu trạng thái và quá trình xử lý hồ sơ theo mã (không có dữ liệu cá nhân)",
  "dossiers:create": "Tạo hồ sơ đã được tiếp nhận trên cổng khác",
  "webhooks:manage": "Đăng ký, xem và xoá webhook nhận thông báo thay đổi trạng thái",
} as const;

export type ApiScope = keyof typeof API_SCOPES;
export const SCOPE_NAMES = Object.keys(API_SCOPES) as [ApiScope, ...ApiScope[]];
export const isApiScope = (s: string): s is ApiScope => s in API_SCOPES;
