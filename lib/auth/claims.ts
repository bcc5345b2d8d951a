// The identity claims of the national SSO (VNeID via the national portal; NĐ 69/2024 as
// amended by NĐ 169/2025; the claims are listed in docs/domain.md §7) mapped to our user profile. Pure, so it is unit-tested and shared.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

export const vneidClaimsSchema = z.object({
  sub: z.string().min(1),
  SoDinhDanh: z.string().regex(/^\d{12}$/, "Số định danh phải gồm 12 chữ số"),
  HoVaTen: z.string().trim().min(1),
  NgayThangNamSinh: optionalText,
  GioiTinh: optionalText,
  ThuongTru: optionalText,
  SoDienThoai: optionalText,
  ThuDienTu: optionalText,
  MaSoThue: optionalText,
  MaSoDoanhNghiep: optionalText,
  TenDoanhNghiep: optionalText,
  acr: optionalText,
  loAs: z.union([z.array(z.string()), z.string()]).optional(),
  /** When the provider authenticated the person (seconds since the epoch, OIDC Core §2). */
  auth_time: z.number().int().positive().optional(),
});

export type IdentityProfile = {
  oidcSubject: string;
  personalId: string;
  fullName: string;
  dateOfBirth: Date | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  permanentAddress: string | null;
  taxCode: string | null;
  businessCode: string | null;
  businessName: string | null;
  assuranceLevel: string | null;
  /** When the identity provider authenticated the person, when it says so. */
  authTime: Date | null;
};

/** Accepts DD/MM/YYYY (as VNeID shows dates) and YYYY-MM-DD; returns a UTC date or null. */
export function parseBirthDate(value: string | null): Date | null {
  if (!value) return null;
  const vn = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date : null;
}

export function toIdentityProfile(claims: unknown): IdentityProfile {
  const c = vneidClaimsSchema.parse(claims);
  const loa = Array.isArray(c.loAs) ? c.loAs.at(-1) : c.loAs;
  return {
    oidcSubject: c.sub,
    personalId: c.SoDinhDanh,
    fullName: c.HoVaTen,
    dateOfBirth: parseBirthDate(c.NgayThangNamSinh),
    gender: c.GioiTinh,
    phone: c.SoDienThoai,
    email: c.ThuDienTu,
    permanentAddress: c.ThuongTru,
    taxCode: c.MaSoThue,
    businessCode: c.MaSoDoanhNghiep,
    businessName: c.TenDoanhNghiep,
    assuranceLevel: c.acr ?? loa ?? null,
    authTime: c.auth_time ? new Date(c.auth_time * 1000) : null,
  };
}
