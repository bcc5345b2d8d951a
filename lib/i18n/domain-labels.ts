// The Vietnamese names of the domain's states and steps, written once. The UI dictionary (./vi.ts)
// shows them and the domain reads them from here, never the reverse, so lib/i18n imports no
// feature. A module of its own: a browser bundle that needs one label does not carry the
// whole dictionary. English wordings are in ./en.ts, under the same keys.
import type { DossierStatus, ShipmentEventKind, StaffRole } from "../generated/prisma/enums";

/** The statuses' names as the national portal (DVCQG) lists them (lib/dossiers/status.ts). */
export const STATUS_LABELS = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Mới đăng ký",
  RECEIVED: "Được tiếp nhận",
  REFUSED: "Không được tiếp nhận",
  PROCESSING: "Đang xử lý",
  SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung giấy tờ",
  AWAITING_PAYMENT: "Yêu cầu thực hiện nghĩa vụ tài chính",
  WITHDRAWN: "Công dân yêu cầu rút hồ sơ",
  STOPPED: "Dừng xử lý",
  RESOLVED: "Đã xử lý xong",
  RETURNED: "Đã trả kết quả",
} satisfies Record<DossierStatus, string>;

/** The steps of a dossier's history, by action of the transition table (lib/dossiers/workflow.ts). */
export const ACTION_LABELS = {
  SUBMIT: "Nộp hồ sơ",
  RECEIVE_AT_COUNTER: "Tiếp nhận hồ sơ trực tiếp",
  RECEIVE: "Tiếp nhận hồ sơ",
  REQUEST_SUPPLEMENT: "Yêu cầu bổ sung hồ sơ",
  REFUSE_RECEPTION: "Từ chối tiếp nhận",
  SUPPLY_BEFORE_RECEPTION: "Bổ sung hồ sơ",
  START_PROCESSING: "Bắt đầu xử lý",
  ASSIGN: "Phân công chuyên viên",
  RECORD_VERIFICATION: "Ghi nhận kết quả thẩm định",
  REQUEST_OPINION: "Xin ý kiến cơ quan phối hợp",
  ANSWER_OPINION: "Trả lời xin ý kiến",
  ISSUE_REAPPOINTMENT: "Ban hành phiếu xin lỗi và hẹn lại ngày trả kết quả",
  REQUEST_SUPPLEMENT_IN_PROCESSING: "Yêu cầu bổ sung hồ sơ",
  SUPPLY_IN_PROCESSING: "Bổ sung hồ sơ",
  PROPOSE_RESULT: "Trình lãnh đạo phê duyệt",
  SEND_BACK: "Trả lại chuyên viên",
  APPROVE: "Phê duyệt kết quả",
  REFUSE_AFTER_REVIEW: "Từ chối giải quyết",
  REQUEST_PAYMENT: "Yêu cầu nộp phí, lệ phí",
  CONFIRM_PAYMENT: "Xác nhận đã nộp phí",
  STOP: "Dừng xử lý",
  WITHDRAW: "Rút hồ sơ",
  RETURN_RESULT: "Trả kết quả",
};

/** The postal desk's names of shipment events (lib/postal/shipment-rules.ts). */
export const SHIPMENT_EVENT_LABELS = {
  CREATED: "Đã tạo bưu gửi",
  PICKED_UP: "Bưu điện đã nhận bưu gửi",
  HANDED_TO_AGENCY: "Đã giao hồ sơ cho cơ quan",
  OUT_FOR_DELIVERY: "Đang phát",
  DELIVERED: "Đã phát thành công",
  FAILED_ATTEMPT: "Phát không thành công",
  RETURNED_TO_AGENCY: "Đã chuyển hoàn về cơ quan",
} satisfies Record<ShipmentEventKind, string>;

/** The profile schema's messages (lib/profile/schemas.ts). */
export const PROFILE_MESSAGES = {
  phone: "Số điện thoại liên hệ phải là số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).",
  email: "Thư điện tử liên hệ không hợp lệ (ví dụ: ten@example.vn).",
  emailTooLong: "Thư điện tử liên hệ tối đa 254 ký tự.",
  notifyByEmail: "Lựa chọn nhận thông báo qua thư điện tử không hợp lệ.",
  notifyBySms: "Lựa chọn nhận thông báo qua tin nhắn SMS không hợp lệ.",
  language: "Vui lòng chọn ngôn ngữ: Tiếng Việt hoặc English.",
};

/** The staff roles (StaffMembership), as the administration pages and the applicant's access list name them. */
export const STAFF_ROLE_LABELS = {
  COUNTER_OFFICER: "Cán bộ tiếp nhận (Bộ phận một cửa)",
  SPECIALIST: "Chuyên viên xử lý",
  LEADER: "Lãnh đạo",
  POSTAL_OFFICER: "Nhân viên bưu điện",
  ADMIN: "Quản trị hệ thống",
} satisfies Record<StaffRole, string>;
