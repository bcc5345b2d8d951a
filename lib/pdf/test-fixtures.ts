// Sample documents and PDF inspection helpers for the unit tests of lib/pdf (not used by the app).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
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
    { component: "Tờ khai đăng ký khai sinh (theo mẫu; khi nộp trực tuyến khai trên biểu mẫu điện tử)", files: ["to-khai-dang-ky-khai-sinh.pdf"] },
    {
      component: "Giấy chứng sinh do cơ sở y tế cấp; nếu không có thì văn bản của người làm chứng xác nhận việc sinh hoặc giấy cam đoan về việc sinh",
      files: ["giay-chung-sinh-benh-vien-da-khoa-tay-ninh.jpg", "giay-chung-sinh-trang-2.jpg"],
    },
    { component: "Giấy tờ tùy thân của người nộp hồ sơ (Căn cước, Căn cước công dân, Hộ chiếu hoặc giấy tờ có ảnh do cơ quan có thẩm quyền cấp)", files: ["can-cuoc.jpg"] },
    { component: "Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn)", files: ["ket-hon.pdf"] },
  ],
  resultDelivery: "POST",
  lookupUrl: `http://localhost:3000/tra-cuu?ma=${SAMPLE_CODE}`,
};

export const sampleMau01: Mau01Receipt = {
  agency: { name: "Ủy ban nhân dân phường Tân Ninh", shortName: "UBND phường Tân Ninh" },
  number: "125/TNHS",
  code: SAMPLE_CODE,
  applicant: { name: "Nguyễn Thị Hồng Nhung", address: "Số 12, đường Cách Mạng Tháng Tám, khu phố 3, phường Tân Ninh, tỉnh Tây Ninh", phone: "0912 345 678", email: "nhung.nth@example.vn" },
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
  applicant: { name: "Nguyễn Thị Hồng Nhung", address: "Số 12, đường Cách Mạng Tháng Tám, khu phố 3, phường Tân Ninh, tỉnh Tây Ninh" },
  procedure: { name: "Đăng ký thành lập hộ kinh doanh", code: "2.000720" },
  receivedAt: new Date("2026-03-05T02:15:00Z"),
  previousDueAt: new Date("2026-03-10T10:00:00Z"), // 17:00 in Tây Ninh
  newDueAt: new Date("2026-03-13T10:00:00Z"),
  reason: "Cần xác minh thông tin địa điểm kinh doanh với khu phố 3.",
  issuedAt: new Date("2026-03-09T03:00:00Z"),
  leaderName: "Huỳnh Văn Giang",
};

export const PDFTOTEXT = "/usr/bin/pdftotext";

/** The text poppler extracts from a PDF, or null when poppler-utils is not installed. */
export function extractText(pdf: Uint8Array): string | null {
  if (!existsSync(PDFTOTEXT)) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    return execFileSync(PDFTOTEXT, ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's bytes with every Flate stream inflated, to look for names without a PDF parser. */
export function inflatedContent(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      parts.push(inflateSync(Buffer.from(m[1], "latin1")).toString("latin1"));
    } catch {
      // not a Flate stream (or the font file itself): its dictionary is already in `raw`
    }
  }
  return parts.join("\n");
}

/** Text as a reader sees it: NFC, whitespace collapsed (pdftotext breaks lines where the PDF does). */
export const normalizedText = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");
