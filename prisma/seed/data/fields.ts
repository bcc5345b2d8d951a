// Procedure fields (lĩnh vực) of the catalogue. The national catalogue groups procedures by
// ministry and field; these short codes are ours and stable (procedures refer to them).

export type FieldSeed = { code: string; name: string };

export const FIELD = {
  civilStatus: "HO_TICH",
  authentication: "CHUNG_THUC",
  householdBusiness: "HO_KINH_DOANH",
  enterprise: "DOANH_NGHIEP",
  construction: "XAY_DUNG",
  land: "DAT_DAI",
  judicialRecord: "LY_LICH_TU_PHAP",
  labour: "LAO_DONG_VIEC_LAM",
  pharmacy: "DUOC",
  education: "GIAO_DUC",
  merit: "NGUOI_CO_CONG",
  socialProtection: "BAO_TRO_XA_HOI",
} as const;

export const fields: FieldSeed[] = [
  { code: FIELD.civilStatus, name: "Hộ tịch" },
  { code: FIELD.authentication, name: "Chứng thực" },
  { code: FIELD.householdBusiness, name: "Thành lập và hoạt động của hộ kinh doanh" },
  { code: FIELD.enterprise, name: "Thành lập và hoạt động doanh nghiệp" },
  { code: FIELD.construction, name: "Hoạt động xây dựng" },
  { code: FIELD.land, name: "Đất đai" },
  { code: FIELD.judicialRecord, name: "Lý lịch tư pháp" },
  { code: FIELD.labour, name: "Lao động, việc làm" },
  { code: FIELD.pharmacy, name: "Dược phẩm" },
  { code: FIELD.education, name: "Giáo dục và đào tạo" },
  { code: FIELD.merit, name: "Người có công" },
  { code: FIELD.socialProtection, name: "Bảo trợ xã hội" },
];
