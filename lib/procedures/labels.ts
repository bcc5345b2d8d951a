// Vietnamese names of catalogue enums. Safe for the browser.
import type { AuthorityLevel, CopyType, DurationUnit, FeeKind, ServiceLevel, Channel } from "../generated/prisma/enums";

export const AUTHORITY_LABEL: Record<AuthorityLevel, string> = { PROVINCE: "Cấp tỉnh", COMMUNE: "Cấp xã" };
export const SERVICE_LEVEL_LABEL: Record<ServiceLevel, string> = { FULL_ONLINE: "Toàn trình", PARTIAL_ONLINE: "Một phần" };
/** What each level means to an applicant (DOMAIN.md §3). */
export const SERVICE_LEVEL_DESCRIPTION: Record<ServiceLevel, string> = {
  FULL_ONLINE: "Nộp hồ sơ, theo dõi và nhận kết quả trực tuyến hoặc qua dịch vụ bưu chính, không phải đến cơ quan.",
  PARTIAL_ONLINE: "Nộp hồ sơ trực tuyến; một số bước (đối chiếu bản chính, nhận kết quả…) thực hiện trực tiếp tại cơ quan.",
};
export const COPY_TYPE_LABEL: Record<CopyType, string> = {
  ORIGINAL: "Bản chính",
  COPY: "Bản sao",
  CERTIFIED_COPY: "Bản sao chứng thực",
  ORIGINAL_OR_COPY: "Bản chính hoặc bản sao",
};
export const FEE_KIND_LABEL: Record<FeeKind, string> = { FEE: "Phí", CHARGE: "Lệ phí" };
export const TIMING_CHANNEL_LABEL: Record<Channel, string> = { COUNTER: "Nộp trực tiếp", ONLINE: "Nộp trực tuyến", POSTAL: "Nộp qua bưu chính" };

export function durationLabel(amount: number, unit: DurationUnit): string {
  if (unit === "WORKING_DAYS") return amount === 0 ? "Trong ngày làm việc" : `${amount} ngày làm việc`;
  if (unit === "CALENDAR_DAYS") return `${amount} ngày`;
  return `${amount} giờ làm việc`;
}
