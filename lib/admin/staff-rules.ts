// What an administrator types to give someone a role. Pure: shared by the command and its tests.
import { z } from "zod";
import { STAFF_ROLES } from "./roles";

export const PERSONAL_ID = /^\d{12}$/;

export const grantRoleSchema = z.object({
  agencyId: z.string().trim().min(1, "Vui lòng chọn cơ quan."),
  person: z
    .string()
    .trim()
    .min(1, "Vui lòng nhập số định danh cá nhân (12 chữ số) hoặc họ tên của cán bộ.")
    .max(200, "Họ tên tối đa 200 ký tự.")
    .refine((s) => !/^\d+$/.test(s) || PERSONAL_ID.test(s), "Số định danh cá nhân phải gồm đúng 12 chữ số."),
  role: z.enum(STAFF_ROLES, "Vui lòng chọn vai trò."),
});
export type GrantRoleInput = z.input<typeof grantRoleSchema>;
