// Vietnamese names of staff roles (StaffRole). Safe for the browser.
import type { StaffRole } from "../generated/prisma/enums";

export const STAFF_ROLES = [
  "COUNTER_OFFICER",
  "SPECIALIST",
  "LEADER",
  "POSTAL_OFFICER",
  "ADMIN",
] as const satisfies readonly StaffRole[];

export const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
  COUNTER_OFFICER: "Cán bộ tiếp nhận (Bộ phận một cửa)",
  SPECIALIST: "Chuyên viên xử lý",
  LEADER: "Lãnh đạo",
  POSTAL_OFFICER: "Nhân viên bưu điện",
  ADMIN: "Quản trị hệ thống",
};
