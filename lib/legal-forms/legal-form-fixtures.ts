// Sample data of the legal forms (Mẫu 01–05, the online receipt, the stop notice, the hand-over
// slip) for their unit tests (not used by the app).
import type { FormBase } from "./legal-form";
import type { Mau02SupplementRequest } from "./mau-02-supplement-request";
import type { Mau03Refusal } from "./mau-03-refusal";
import type { Mau05ControlSlip } from "./mau-05-control-slip";
import type { ResultHandover } from "./result-handover";
import type { StopNotice } from "./stop-notice";
import type { Mau01Receipt } from "./mau-01-receipt";
import type { Mau04Reappointment } from "./mau-04-reappointment";
import type { OnlineSubmissionReceipt } from "./online-submission-receipt";

export const SAMPLE_CODE = "000.21.01.H80-260305-0007";
const SUBMITTED = new Date("2026-03-05T01:30:00Z"); // 08:30 in Tây Ninh

export const sampleOnlineReceipt: OnlineSubmissionReceipt = {
  code: SAMPLE_CODE,
  agency: { name: "Ủy ban nhân dân phường Tân Ninh" },
  procedure: { code: "1.001193", name: "Đăng ký khai sinh" },
  applicant: { name: "Nguyễn Thị Hồng Nhung", personalId: "072190001234" },
  submittedAt: SUBMITTED,
  due: { at: new Date("2026-03-06T09:00:00Z"), confirmed: false },
  documents: [
    {
      component: "Tờ khai đăng ký khai sinh (theo mẫu; khi nộp trực tuyến khai trên biểu mẫu điện tử)",
      files: ["to-khai-dang-ky-khai-sinh.pdf"],
    },
    {
      component:
        "Giấy chứng sinh do cơ sở y tế cấp; nếu không có thì văn bản của người làm chứng xác nhận việc sinh hoặc giấy cam đoan về việc sinh",
      files: ["giay-chung-sinh-benh-vien-da-khoa-tay-ninh.jpg", "giay-chung-sinh-trang-2.jpg"],
    },
    {
      component:
        "Giấy tờ tùy thân của người nộp hồ sơ (Căn cước, Căn cước công dân, Hộ chiếu hoặc giấy tờ có ảnh do cơ quan có thẩm quyền cấp)",
      files: ["can-cuoc.jpg"],
    },
    { component: "Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn)", files: ["ket-hon.pdf"] },
  ],
  resultDelivery: "POST",
  lookupUrl: `http://localhost:3000/tra-cuu?ma=${SAMPLE_CODE}`,
};

export const sampleMau01: Mau01Receipt = {
  agency: { name: "Ủy ban nhân dân phường Tân Ninh", shortName: "UBND phường Tân Ninh" },
  number: "125/TNHS",
  code: SAMPLE_CODE,
  applicant: {
    name: "Nguyễn Thị Hồng Nhung",
    address: "Số 12, đường Cách Mạng Tháng Tám, khu phố 3, phường Tân Ninh, tỉnh Tây Ninh",
    phone: "0912 345 678",
    email: "nhung.nth@example.vn",
  },
  procedure: { name: "Đăng ký khai sinh", code: "1.001193" },
  documents: [
    { name: "Tờ khai đăng ký khai sinh (theo mẫu)", copyType: "ORIGINAL", count: 1 },
    { name: "Giấy chứng sinh do cơ sở y tế cấp", copyType: "ORIGINAL", count: 1 },
    { name: "Giấy chứng nhận kết hôn của cha, mẹ trẻ", copyType: "CERTIFIED_COPY", count: 1 },
  ],
  processingTime: "Trong ngày làm việc",
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  dueAt: new Date("2026-03-05T09:00:00Z"),
  resultPlace: "Bộ phận Một cửa phường Tân Ninh, số 1 đường Trần Hưng Đạo",
  register: { book: "01/2026", entry: "125" },
  officerName: "Phạm Thị Dung",
  copy: "Giao người nộp hồ sơ",
  lookupUrl: `http://localhost:3000/tra-cuu?ma=${SAMPLE_CODE}`,
};

export const sampleMau04: Mau04Reappointment = {
  agency: { name: "Ủy ban nhân dân phường Tân Ninh" },
  code: SAMPLE_CODE,
  lookupUrl: `http://localhost:3000/tra-cuu?ma=${SAMPLE_CODE}`,
  applicant: {
    name: "Nguyễn Thị Hồng Nhung",
    address: "Số 12, đường Cách Mạng Tháng Tám, khu phố 3, phường Tân Ninh, tỉnh Tây Ninh",
  },
  procedure: { name: "Đăng ký thành lập hộ kinh doanh", code: "2.000720" },
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  previousDueAt: new Date("2026-03-10T10:00:00Z"), // 17:00 in Tây Ninh
  newDueAt: new Date("2026-03-13T10:00:00Z"),
  reason: "Cần xác minh thông tin địa điểm kinh doanh với khu phố 3.",
  issuedAt: new Date("2026-03-09T03:00:00Z"),
  leaderName: "Huỳnh Văn Giang",
};

export const SAMPLE_LOOKUP_URL = `https://dichvucong.tayninh.gov.vn/tra-cuu?ma=${SAMPLE_CODE}`;
const counter = { parentName: "UBND phường Tân Ninh", name: "Bộ phận tiếp nhận và trả kết quả" };

const base = (date: string, agency: FormBase["agency"] = counter): FormBase => ({
  agency,
  date: new Date(date),
  code: SAMPLE_CODE,
  lookupUrl: SAMPLE_LOOKUP_URL,
  applicant: {
    name: "Nguyễn Thị Hồng Nhung",
    address: "Số 12, đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh",
    phone: "0912 345 678",
  },
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
  recipient: {
    name: "Trần Văn Bình",
    personalId: "072190009999",
    authorisation: "Giấy ủy quyền số 12/UQ ngày 08/3/2026",
  },
  statement:
    "Trả kết quả cho người được ủy quyền Trần Văn Bình (số định danh 072190009999); giấy ủy quyền: Giấy ủy quyền số 12/UQ ngày 08/3/2026.",
  officerName: "Phạm Thị Dung",
};

export const sampleMau05: Mau05ControlSlip = {
  ...base("2026-03-09T08:00:00Z"),
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  dueAt: new Date("2026-03-10T09:00:00Z"),
  leadAgency: "Ủy ban nhân dân phường Tân Ninh",
  otherAgencies: ["Sở Xây dựng"],
  rows: [
    {
      step: "Tiếp nhận hồ sơ",
      agency: "Ủy ban nhân dân phường Tân Ninh",
      giver: "Phạm Thị Dung",
      receiver: "Huỳnh Văn Giang",
      at: new Date("2026-03-05T02:15:00Z"),
      stepDueAt: null,
      result: null,
      note: null,
    },
    {
      step: "Phân công chuyên viên",
      agency: "Ủy ban nhân dân phường Tân Ninh",
      giver: "Huỳnh Văn Giang",
      receiver: "Võ Minh Đức",
      at: new Date("2026-03-05T04:00:00Z"),
      stepDueAt: new Date("2026-03-05T09:00:00Z"),
      result: "ON_TIME",
      note: "Xử lý trong ngày",
    },
    {
      step: "Trình lãnh đạo phê duyệt",
      agency: "Ủy ban nhân dân phường Tân Ninh",
      giver: "Võ Minh Đức",
      receiver: "Huỳnh Văn Giang",
      at: new Date("2026-03-09T03:00:00Z"),
      stepDueAt: new Date("2026-03-06T09:00:00Z"),
      result: "LATE",
      note: null,
    },
    {
      step: "Phê duyệt kết quả",
      agency: "Ủy ban nhân dân phường Tân Ninh",
      giver: "Huỳnh Văn Giang",
      receiver: null,
      at: new Date("2026-03-09T08:00:00Z"),
      stepDueAt: new Date("2026-03-10T09:00:00Z"),
      result: "EARLY",
      note: null,
    },
  ],
};
