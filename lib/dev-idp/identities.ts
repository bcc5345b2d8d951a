// Identity store of the development identity provider.
//
// Two sources: the seeded demo people (shared with the app's seed, so an identity and its
// app account always agree) and identities created on the sign-in page, kept in a JSON
// file so they survive restarts. The file is re-read on every request: it is tiny, and
// this way a second IdP process or a hand edit is picked up without a cache to go stale.

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { demoPeople, type DemoPerson } from "../../prisma/seed/data/people";

export type Identity = DemoPerson;

/**
 * Levels of assurance the national SSO uses; every dev identity is a level-2 VNeID account (its
 * loAs). Each sign-in reports in `acr` the level the tester chose on the page (provider.ts).
 */
export const LOA_VALUES = ["LoA1", "LoA2"] as const;
export type LoA = (typeof LOA_VALUES)[number];
const IDENTITY_LOAS: LoA[] = ["LoA2"];

const SUB_PREFIX = "vneid-";

/** Stable subject: the real SSO's `sub` is opaque, but deriving it keeps dev data predictable. */
export function subjectOf(personalId: string): string {
  return SUB_PREFIX + personalId;
}

export function personalIdOf(sub: string): string | undefined {
  return sub.startsWith(SUB_PREFIX) ? sub.slice(SUB_PREFIX.length) : undefined;
}

// Input of the "Tạo danh tính mới" form. Messages are shown to the user as they are.
// Optional fields arrive as "" from an HTML form, so "" is accepted and means "not given".
const optionalText = (ok: (value: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || ok(v), message)
    .default("");

export const newIdentitySchema = z.object({
  personalId: z
    .string({ error: "Vui lòng nhập số định danh cá nhân." })
    .trim()
    .regex(/^\d{12}$/, "Số định danh cá nhân phải gồm đúng 12 chữ số."),
  fullName: z
    .string({ error: "Vui lòng nhập họ và tên." })
    .trim()
    .min(1, "Vui lòng nhập họ và tên.")
    .max(100, "Họ và tên quá dài (tối đa 100 ký tự)."),
  dateOfBirth: z
    .string({ error: "Vui lòng nhập ngày sinh." })
    .trim()
    .min(1, "Vui lòng nhập ngày sinh.")
    .refine((v) => v === "" || isPastIsoDate(v), "Ngày sinh không hợp lệ (cần một ngày trong quá khứ)."),
  gender: z.enum(["Nam", "Nữ"], { error: "Vui lòng chọn giới tính Nam hoặc Nữ." }),
  phone: optionalText((v) => /^(0|\+84)\d{9,10}$/.test(v), "Số điện thoại không hợp lệ (ví dụ 0912345678)."),
  email: optionalText((v) => z.email().safeParse(v).success, "Thư điện tử không hợp lệ."),
  permanentAddress: optionalText((v) => v.length <= 300, "Nơi thường trú quá dài (tối đa 300 ký tự)."),
});

function isPastIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Round-trip check rejects dates like 2023-02-30 that Date silently rolls over.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getTime() < Date.now();
}

// What we keep on disk: only identities created here; demo people live in the seed data.
const storeFileSchema = z.object({
  identities: z.array(
    z.object({
      personalId: z.string(),
      fullName: z.string(),
      dateOfBirth: z.string(),
      gender: z.enum(["Nam", "Nữ"]),
      phone: z.string(),
      email: z.string(),
      permanentAddress: z.string(),
    }),
  ),
});

export type FieldError = { field: string; message: string };
export type CreateResult = { ok: true; identity: Identity } | { ok: false; errors: FieldError[] };

export class IdentityStore {
  // Writes are chained so two quick submissions cannot both pass the "already exists" check.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  async created(): Promise<Identity[]> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    return storeFileSchema.parse(JSON.parse(text)).identities;
  }

  async list(): Promise<Identity[]> {
    return [...demoPeople, ...(await this.created())];
  }

  async find(personalId: string): Promise<Identity | undefined> {
    return (await this.list()).find((p) => p.personalId === personalId);
  }

  /** Validates and persists a new identity; returns Vietnamese error messages instead on failure. */
  create(input: Record<string, unknown>): Promise<CreateResult> {
    const run = async (): Promise<CreateResult> => {
      const parsed = newIdentitySchema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message })),
        };
      }
      if (await this.find(parsed.data.personalId)) {
        return { ok: false, errors: [{ field: "personalId", message: "Số định danh đã tồn tại." }] };
      }
      const identity: Identity = { ...parsed.data };
      const identities = [...(await this.created()), identity];
      await mkdir(path.dirname(this.file), { recursive: true });
      // Write then rename: a crash mid-write must not leave a truncated store behind.
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ identities }, null, 2) + "\n", "utf8");
      await rename(tmp, this.file);
      return { ok: true, identity };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** YYYY-MM-DD → DD/MM/YYYY, the format the national SSO uses for NgayThangNamSinh. */
function toVnDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}

/** "0912000001" → "+84912000001": OIDC recommends E.164 for phone_number. */
function toE164(phone: string): string | undefined {
  if (!phone) return undefined;
  return phone.startsWith("0") ? `+84${phone.slice(1)}` : phone;
}

/**
 * Claims as the national SSO names them, plus standard OIDC ones. oidc-provider filters
 * them by granted scope (see the claims map in provider.ts). Empty values are left out
 * rather than sent as "" so that clients can tell "not provided" apart.
 */
export function claimsOf(identity: Identity): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    sub: subjectOf(identity.personalId),
    SoDinhDanh: identity.personalId,
    HoVaTen: identity.fullName,
    NgayThangNamSinh: toVnDate(identity.dateOfBirth),
    GioiTinh: identity.gender,
    ThuongTru: identity.permanentAddress || undefined,
    SoDienThoai: identity.phone || undefined,
    ThuDienTu: identity.email || undefined,
    // Since 1 July 2025 an individual's tax code is their personal identification number.
    MaSoThue: identity.personalId,
    // Individuals only: MaSoDoanhNghiep / TenDoanhNghiep belong to business accounts.
    MaSoDoanhNghiep: undefined,
    TenDoanhNghiep: undefined,
    loAs: IDENTITY_LOAS,
    name: identity.fullName,
    email: identity.email || undefined,
    phone_number: toE164(identity.phone),
  };
  return Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
}
