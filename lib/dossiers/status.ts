// Display names and national-portal sync codes of the statuses (the list is unverified: docs/domain.md §4). Safe for the browser.
import type { DossierStatus, Channel } from "../generated/prisma/enums";

export const STATUS_INFO: Record<DossierStatus, { number: number | null; label: string; nationalCode: string | null }> = {
  DRAFT: { number: null, label: "Bản nháp", nationalCode: null },
  SUBMITTED: { number: 1, label: "Mới đăng ký", nationalCode: "receiving" },
  RECEIVED: { number: 2, label: "Được tiếp nhận", nationalCode: "new" },
  REFUSED: { number: 3, label: "Không được tiếp nhận", nationalCode: "denied" },
  PROCESSING: { number: 4, label: "Đang xử lý", nationalCode: "processing" },
  SUPPLEMENT_REQUESTED: { number: 5, label: "Yêu cầu bổ sung giấy tờ", nationalCode: "waiting" },
  AWAITING_PAYMENT: { number: 6, label: "Yêu cầu thực hiện nghĩa vụ tài chính", nationalCode: "paying" },
  WITHDRAWN: { number: 7, label: "Công dân yêu cầu rút hồ sơ", nationalCode: "cancelled" },
  STOPPED: { number: 8, label: "Dừng xử lý", nationalCode: "unresolved" },
  RESOLVED: { number: 9, label: "Đã xử lý xong", nationalCode: "releasing" },
  RETURNED: { number: 10, label: "Đã trả kết quả", nationalCode: "done" },
};

export const CHANNEL_INFO: Record<Channel, { code: number; label: string }> = {
  COUNTER: { code: 1, label: "Trực tiếp" },
  ONLINE: { code: 2, label: "Trực tuyến" },
  POSTAL: { code: 3, label: "Bưu chính công ích" },
};

export function statusLabel(status: DossierStatus) {
  return STATUS_INFO[status].label;
}
