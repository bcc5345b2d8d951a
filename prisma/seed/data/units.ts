// Administrative units of Tây Ninh after the 2025 reorganisation: Tây Ninh and Long An were
// merged into one province that keeps the name Tây Ninh and the code 80 (NQ 202/2025/QH15),
// and districts were abolished — two levels of local government, province and commune/ward.
// The province has 96 commune-level units (14 wards, 82 communes); a demo subset is seeded.
//
// Commune codes (unverified): the 5-digit codes of the 2025 list (QĐ 19/2025/QĐ-TTg) keep the code
// of one of the merged units. Those below come from public third-party lists, not from the
// official decision: check them before production use.

export type UnitSeed = {
  code: string;
  name: string;
  kind: "Tỉnh" | "Phường" | "Xã";
  level: "PROVINCE" | "COMMUNE";
  parentCode?: string;
};

export const PROVINCE_CODE = "80";

export const units: UnitSeed[] = [
  { code: PROVINCE_CODE, name: "Tỉnh Tây Ninh", kind: "Tỉnh", level: "PROVINCE" },

  // Former Tây Ninh province area
  { code: "25459", name: "Phường Tân Ninh", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "25480", name: "Phường Bình Minh", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "25567", name: "Phường Ninh Thạnh", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "25630", name: "Phường Long Hoa", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "25633", name: "Phường Thanh Điền", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "25516", name: "Xã Dương Minh Châu", kind: "Xã", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code

  // Former Long An province area
  { code: "27694", name: "Phường Long An", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "27712", name: "Phường Tân An", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "27715", name: "Phường Khánh Hậu", kind: "Phường", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
  { code: "27781", name: "Xã Bến Lức", kind: "Xã", level: "COMMUNE", parentCode: PROVINCE_CODE }, // unverified: code
];
