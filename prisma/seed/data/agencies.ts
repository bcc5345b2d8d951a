// Agencies and their codes per QCVN 102:2016/BTTTT (V1V2V3.Z1Z2.Y1Y2.MX1X2). The codes form the
// first part of every dossier code (TT 01/2018/TT-VPCP Art. 19), so they must not change once
// dossiers exist. Tây Ninh's codes after the 2025 merger are NOT confirmed (unverified): these
// follow the usual pattern — 000.00.NN.H80 for provincial departments, 000.21.NN.H80 and
// 000.22.NN.H80 for commune-level People's Committees (21: former Tây Ninh area, 22: former
// Long An area; the split is our convention, unverified). Addresses are indicative (unverified).

export type AgencySeed = {
  code: string;
  name: string;
  shortName?: string;
  level: "PROVINCE" | "COMMUNE";
  parentCode?: string;
  unitCode: string;
  address?: string;
};

export const PROVINCE_PEOPLES_COMMITTEE = "000.00.00.H80";
export const PUBLIC_SERVICE_CENTRE = "000.00.01.H80";

/** Provincial departments (sở) by role, so procedures name them without magic strings. */
export const DEPT = {
  homeAffairs: "000.00.02.H80", // Sở Nội vụ (labour, employment, people with merit, social protection)
  justice: "000.00.03.H80", // Sở Tư pháp
  finance: "000.00.04.H80", // Sở Tài chính (business registration)
  agricultureEnvironment: "000.00.05.H80", // Sở Nông nghiệp và Môi trường (land, environment)
  health: "000.00.06.H80", // Sở Y tế
  education: "000.00.07.H80", // Sở Giáo dục và Đào tạo
  police: "000.00.08.H80", // Công an tỉnh
  construction: "000.00.13.H80", // Sở Xây dựng
} as const;

const provinceDept = (code: string, name: string, shortName: string, address: string): AgencySeed => ({
  code,
  name,
  shortName,
  level: "PROVINCE",
  parentCode: PROVINCE_PEOPLES_COMMITTEE,
  unitCode: "80",
  address,
});

const communeCommittee = (code: string, unitName: string, unitCode: string): AgencySeed => ({
  code,
  name: `Ủy ban nhân dân ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`,
  shortName: `UBND ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`,
  level: "COMMUNE",
  // Under two-level government a commune's People's Committee answers to the province's.
  parentCode: PROVINCE_PEOPLES_COMMITTEE,
  unitCode,
  address: `Trụ sở UBND ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}, tỉnh Tây Ninh`,
});

export const agencies: AgencySeed[] = [
  {
    code: PROVINCE_PEOPLES_COMMITTEE,
    name: "Ủy ban nhân dân tỉnh Tây Ninh",
    shortName: "UBND tỉnh Tây Ninh",
    level: "PROVINCE",
    unitCode: "80",
    address: "Khu trung tâm chính trị - hành chính tỉnh, phường Long An, tỉnh Tây Ninh",
  },
  provinceDept(
    PUBLIC_SERVICE_CENTRE,
    "Trung tâm Phục vụ hành chính công tỉnh Tây Ninh",
    "Trung tâm PVHCC tỉnh",
    "Khu trung tâm chính trị - hành chính tỉnh, phường Long An, tỉnh Tây Ninh",
  ),
  provinceDept(DEPT.homeAffairs, "Sở Nội vụ tỉnh Tây Ninh", "Sở Nội vụ", "Phường Long An, tỉnh Tây Ninh"),
  provinceDept(DEPT.justice, "Sở Tư pháp tỉnh Tây Ninh", "Sở Tư pháp", "Phường Long An, tỉnh Tây Ninh"),
  provinceDept(DEPT.finance, "Sở Tài chính tỉnh Tây Ninh", "Sở Tài chính", "Phường Long An, tỉnh Tây Ninh"),
  provinceDept(
    DEPT.agricultureEnvironment,
    "Sở Nông nghiệp và Môi trường tỉnh Tây Ninh",
    "Sở NN&MT",
    "Phường Long An, tỉnh Tây Ninh",
  ),
  provinceDept(DEPT.health, "Sở Y tế tỉnh Tây Ninh", "Sở Y tế", "Phường Tân Ninh, tỉnh Tây Ninh"),
  provinceDept(DEPT.education, "Sở Giáo dục và Đào tạo tỉnh Tây Ninh", "Sở GD&ĐT", "Phường Long An, tỉnh Tây Ninh"),
  provinceDept(DEPT.police, "Công an tỉnh Tây Ninh", "Công an tỉnh", "Phường Long An, tỉnh Tây Ninh"),
  provinceDept(DEPT.construction, "Sở Xây dựng tỉnh Tây Ninh", "Sở Xây dựng", "Phường Long An, tỉnh Tây Ninh"),

  communeCommittee("000.21.01.H80", "Phường Tân Ninh", "25459"),
  communeCommittee("000.21.02.H80", "Phường Bình Minh", "25480"),
  communeCommittee("000.21.03.H80", "Phường Ninh Thạnh", "25567"),
  communeCommittee("000.21.04.H80", "Phường Long Hoa", "25630"),
  communeCommittee("000.21.05.H80", "Phường Thanh Điền", "25633"),
  communeCommittee("000.21.06.H80", "Xã Dương Minh Châu", "25516"),
  communeCommittee("000.22.01.H80", "Phường Long An", "27694"),
  communeCommittee("000.22.02.H80", "Phường Tân An", "27712"),
  communeCommittee("000.22.03.H80", "Phường Khánh Hậu", "27715"),
  communeCommittee("000.22.04.H80", "Xã Bến Lức", "27781"),
];

/** Every commune-level People's Committee: all of them are competent for commune procedures. */
export const communeAgencyCodes: string[] = agencies.filter((a) => a.level === "COMMUNE").map((a) => a.code);
