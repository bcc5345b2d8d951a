// Demo people: the app's seed creates their accounts and staff memberships, and the
// development identity provider offers them on its sign-in page. One list for both, so
// that an identity and its app account always agree. All data is fictitious.

export type DemoStaffRole = "COUNTER_OFFICER" | "SPECIALIST" | "LEADER" | "POSTAL_OFFICER" | "ADMIN";

export type DemoPerson = {
  personalId: string; // SoDinhDanh, 12 digits
  fullName: string;
  dateOfBirth: string; // YYYY-MM-DD
  gender: "Nam" | "Nữ";
  phone: string;
  email: string;
  permanentAddress: string;
  staff?: { agencyCode: string; role: DemoStaffRole }[];
};

/** Agencies whose demo staff cover every role (codes as in ./agencies.ts). */
export const DEMO_COMMUNE_AGENCY = "000.21.01.H80"; // UBND phường Tân Ninh
export const DEMO_PROVINCE_AGENCY = "000.00.13.H80"; // Sở Xây dựng
export const DEMO_CENTRE_AGENCY = "000.00.01.H80"; // Trung tâm Phục vụ hành chính công tỉnh

export const demoPeople: DemoPerson[] = [
  {
    personalId: "072090000001",
    fullName: "Nguyễn Văn An",
    dateOfBirth: "1990-03-15",
    gender: "Nam",
    phone: "0912000001",
    email: "an.nguyen@example.vn",
    permanentAddress: "12 Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh",
  },
  {
    personalId: "072095000002",
    fullName: "Trần Thị Bích",
    dateOfBirth: "1995-07-02",
    gender: "Nữ",
    phone: "0912000002",
    email: "bich.tran@example.vn",
    permanentAddress: "45 Trưng Nữ Vương, phường Tân Ninh, tỉnh Tây Ninh",
  },
  {
    personalId: "080088000003",
    fullName: "Lê Hoàng Cường",
    dateOfBirth: "1988-11-20",
    gender: "Nam",
    phone: "0912000003",
    email: "cuong.le@example.vn",
    permanentAddress: "8 Hùng Vương, phường Long An, tỉnh Tây Ninh",
  },
  // Staff of UBND phường Tân Ninh (commune level)
  {
    personalId: "072085100001",
    fullName: "Phạm Thị Dung",
    dateOfBirth: "1985-01-10",
    gender: "Nữ",
    phone: "0913100001",
    email: "dung.pham@tanninh.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_COMMUNE_AGENCY, role: "COUNTER_OFFICER" }],
  },
  {
    personalId: "072086100002",
    fullName: "Võ Minh Đức",
    dateOfBirth: "1986-05-22",
    gender: "Nam",
    phone: "0913100002",
    email: "duc.vo@tanninh.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_COMMUNE_AGENCY, role: "SPECIALIST" }],
  },
  {
    personalId: "072075100003",
    fullName: "Huỳnh Văn Giang",
    dateOfBirth: "1975-09-30",
    gender: "Nam",
    phone: "0913100003",
    email: "giang.huynh@tanninh.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_COMMUNE_AGENCY, role: "LEADER" }],
  },
  // Staff of Sở Xây dựng (province level)
  {
    personalId: "072087200001",
    fullName: "Đặng Thu Hà",
    dateOfBirth: "1987-02-14",
    gender: "Nữ",
    phone: "0913200001",
    email: "ha.dang@sxd.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_PROVINCE_AGENCY, role: "COUNTER_OFFICER" }],
  },
  {
    personalId: "072089200002",
    fullName: "Bùi Quốc Khánh",
    dateOfBirth: "1989-12-03",
    gender: "Nam",
    phone: "0913200002",
    email: "khanh.bui@sxd.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_PROVINCE_AGENCY, role: "SPECIALIST" }],
  },
  {
    personalId: "072072200003",
    fullName: "Ngô Thanh Lâm",
    dateOfBirth: "1972-06-18",
    gender: "Nam",
    phone: "0913200003",
    email: "lam.ngo@sxd.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_PROVINCE_AGENCY, role: "LEADER" }],
  },
  // Public postal service (Bưu điện tỉnh) works for every agency; modelled as staff of the centre.
  {
    personalId: "072091300001",
    fullName: "Đỗ Văn Minh",
    dateOfBirth: "1991-04-25",
    gender: "Nam",
    phone: "0913300001",
    email: "minh.do@buudien.example.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [
      { agencyCode: DEMO_CENTRE_AGENCY, role: "POSTAL_OFFICER" },
      { agencyCode: DEMO_COMMUNE_AGENCY, role: "POSTAL_OFFICER" },
      { agencyCode: DEMO_PROVINCE_AGENCY, role: "POSTAL_OFFICER" },
    ],
  },
  {
    personalId: "072083300002",
    fullName: "Trịnh Thị Ngọc",
    dateOfBirth: "1983-08-08",
    gender: "Nữ",
    phone: "0913300002",
    email: "ngoc.trinh@tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [
      { agencyCode: DEMO_CENTRE_AGENCY, role: "ADMIN" },
      { agencyCode: DEMO_CENTRE_AGENCY, role: "COUNTER_OFFICER" },
    ],
  },
  {
    personalId: "072080300003",
    fullName: "Lý Thanh Phong",
    dateOfBirth: "1980-10-12",
    gender: "Nam",
    phone: "0913300003",
    email: "phong.ly@tanninh.tayninh.gov.vn",
    permanentAddress: "phường Tân Ninh, tỉnh Tây Ninh",
    staff: [{ agencyCode: DEMO_COMMUNE_AGENCY, role: "ADMIN" }],
  },
];
