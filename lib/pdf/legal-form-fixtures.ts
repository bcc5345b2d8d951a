// Sample data of the legal forms (Mẫu 02, 03, 05, the stop notice, the hand-over slip) for the
// unit tests of lib/pdf (not used by the app).
import type { FormBase } from "./legal-form";
import type { Mau02SupplementRequest } from "./mau-02-supplement-request";
import type { Mau03Refusal } from "./mau-03-refusal";
import type { Mau05ControlSlip } from "./mau-05-control-slip";
import type { ResultHandover } from "./result-handover";
import type { StopNotice } from "./stop-notice";
import { SAMPLE_CODE } from "./test-fixtures";

export const SAMPLE_LOOKUP_URL = `https://dichvucong.tayninh.gov.vn/tra-cuu?ma=${SAMPLE_CODE}`;
const counter = { parentName: "UBND phường Tân Ninh", name: "Bộ phận tiếp nhận và trả kết quả" };

const base = (date: string, agency: FormBase["agency"] = counter): FormBase => ({
  agency,
  date: new Date(date),
  code: SAMPLE_CODE,
  lookupUrl: SAMPLE_LOOKUP_URL,
  applicant: { name: "Nguyễn Thị Hồng Nhung", address: "Số 12, đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh", phone: "0912 345 678" },
  procedure: { name: "Đăng ký khai sinh", code: "1.001193" },
});

export const sampleMau02: Mau02SupplementRequest = {
  ...base("2026-03-05T02:15:00Z"),
  stage: "RECEPTION",
  items: [
    { label: "Giấy chứng sinh do cơ sở y tế cấp", reason: "Bản chụp bị mờ, không đọc được họ tên người mẹ." },
    { label: "Giấy chứng nhận kết hôn của cha, mẹ trẻ", reason: "Chưa nộp; cha, mẹ trẻ đã đăng ký kết hôn." },
  ],
  note: "Nộp bổ sung trực tuyến hoặc tại Bộ phận Một cửa.",
  officerName: "Phạm Thị Dung",
  contactPhone: "0276 3822 123",
};

export const sampleMau03: Mau03Refusal = {
  ...base("2026-03-06T03:00:00Z", { name: "Ủy ban nhân dân phường Tân Ninh" }),
  stage: "REVIEW",
  reasons: "Người yêu cầu không phải là cha, mẹ hoặc người thân thích của trẻ.\nKhông có văn bản ủy quyền hợp lệ.",
  signer: { title: "Lãnh đạo cơ quan", name: "Huỳnh Văn Giang" },
};

export const sampleStopNotice: StopNotice = {
  ...base("2026-03-09T08:00:00Z", { name: "Ủy ban nhân dân phường Tân Ninh" }),
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  reason: "Cơ quan có thẩm quyền đã có kết luận về việc tranh chấp liên quan đến hồ sơ.",
  signerName: "Huỳnh Văn Giang",
};

export const sampleHandover: ResultHandover = {
  ...base("2026-03-10T07:45:00Z"),
  recipient: { name: "Trần Văn Bình", personalId: "072190009999", authorisation: "Giấy ủy quyền số 12/UQ ngày 08/3/2026" },
  statement: "Trả kết quả cho người được ủy quyền Trần Văn Bình (số định danh 072190009999); giấy ủy quyền: Giấy ủy quyền số 12/UQ ngày 08/3/2026.",
  officerName: "Phạm Thị Dung",
};

export const sampleMau05: Mau05ControlSlip = {
  ...base("2026-03-09T08:00:00Z"),
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  dueAt: new Date("2026-03-10T09:00:00Z"),
  leadAgency: "Ủy ban nhân dân phường Tân Ninh",
  otherAgencies: ["Sở Xây dựng"],
  rows: [
    { step: "Tiếp nhận hồ sơ", agency: "Ủy ban nhân dân phường Tân Ninh", giver: "Phạm Thị Dung", receiver: "Huỳnh Văn Giang", at: new Date("2026-03-05T02:15:00Z"), stepDueAt: null, result: null, note: null },
    { step: "Phân công chuyên viên", agency: "Ủy ban nhân dân phường Tân Ninh", giver: "Huỳnh Văn Giang", receiver: "Võ Minh Đức", at: new Date("2026-03-05T04:00:00Z"), stepDueAt: new Date("2026-03-05T09:00:00Z"), result: "ON_TIME", note: "Xử lý trong ngày" },
    { step: "Trình lãnh đạo phê duyệt", agency: "Ủy ban nhân dân phường Tân Ninh", giver: "Võ Minh Đức", receiver: "Huỳnh Văn Giang", at: new Date("2026-03-09T03:00:00Z"), stepDueAt: new Date("2026-03-06T09:00:00Z"), result: "LATE", note: null },
    { step: "Phê duyệt kết quả", agency: "Ủy ban nhân dân phường Tân Ninh", giver: "Huỳnh Văn Giang", receiver: null, at: new Date("2026-03-09T08:00:00Z"), stepDueAt: new Date("2026-03-10T09:00:00Z"), result: "EARLY", note: null },
  ],
};
