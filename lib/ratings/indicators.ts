// The citizen's evaluation of how a dossier was handled (TT 01/2018/TT-VPCP Art. 13):
// nine indicators, each scored 0, 1 or 2, so a dossier totals 0–18. Pure: safe for the browser.

export type Score = 0 | 1 | 2;
export const SCORES: readonly Score[] = [2, 1, 0];

export type Indicator = {
  code: string;
  /** Short name, used in messages and summaries. */
  title: string;
  /** The question put to the citizen. */
  question: string;
  /** What each score means, in the citizen's words. */
  labels: Record<Score, string>;
};

// Order and wording follow Art. 13: the indicator number shown to citizens is its position here.
export const INDICATORS = [
  {
    code: "TOTAL_TIME",
    title: "Tổng thời gian giải quyết",
    question: "Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định của pháp luật",
    labels: { 2: "Trước hạn", 1: "Đúng hạn", 0: "Quá hạn" },
  },
  {
    code: "UNIT_TIME",
    title: "Thời gian của từng cơ quan, đơn vị",
    question: "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp)",
    labels: { 2: "Tất cả trước hạn", 1: "Đúng hạn", 0: "Có cơ quan, đơn vị quá hạn" },
  },
  {
    code: "CONTACTS",
    title: "Số lần phải liên hệ",
    question: "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)",
    labels: { 2: "Không quá 1 lần", 1: "2 lần", 0: "Từ 3 lần trở lên" },
  },
  {
    code: "AGENCIES",
    title: "Số cơ quan phải liên hệ",
    question: "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)",
    labels: { 2: "1 cơ quan, đơn vị", 1: "2 cơ quan, đơn vị", 0: "Từ 3 cơ quan, đơn vị trở lên" },
  },
  {
    code: "ONE_STOP",
    title: "Thực hiện tại Bộ phận Một cửa",
    question: "Việc tiếp nhận hồ sơ, giải quyết và trả kết quả được thực hiện tại Bộ phận Một cửa",
    labels: {
      2: "Toàn bộ tại Bộ phận Một cửa",
      1: "Một phần tại Bộ phận Một cửa",
      0: "Không thực hiện tại Bộ phận Một cửa",
    },
  },
  {
    code: "PUBLICITY",
    title: "Công khai thủ tục hành chính",
    question: "Việc công khai thủ tục hành chính (thành phần hồ sơ, thời hạn, phí, lệ phí…)",
    labels: { 2: "Đầy đủ, dễ tiếp cận", 1: "Có công khai nhưng chưa đầy đủ", 0: "Không công khai" },
  },
  {
    code: "ATTITUDE",
    title: "Thái độ của cán bộ",
    question:
      "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính",
    labels: { 2: "Lịch sự, tận tình, chu đáo", 1: "Chưa tận tình, chu đáo", 0: "Gây phiền hà, nhũng nhiễu" },
  },
  {
    code: "FEEDBACK",
    title: "Tiếp thu, giải trình phản ánh, kiến nghị",
    question: "Việc tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân",
    labels: {
      2: "Không có phản ánh hoặc được trả lời đúng hạn",
      1: "Được trả lời nhưng quá hạn",
      0: "Không được tiếp thu, trả lời",
    },
  },
  {
    code: "ONLINE",
    title: "Dịch vụ công trực tuyến",
    question: "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
    labels: { 2: "Thuận tiện, đáp ứng yêu cầu", 1: "Có nhưng còn hạn chế", 0: "Không có hoặc không sử dụng được" },
  },
] as const satisfies readonly Indicator[];

export type IndicatorCode = (typeof INDICATORS)[number]["code"];
export type Scores = Record<IndicatorCode, Score>;

export const INDICATOR_CODES = INDICATORS.map((i) => i.code) as IndicatorCode[];
export const MAX_TOTAL = INDICATORS.length * 2;

export function totalScore(scores: Scores): number {
  return INDICATOR_CODES.reduce((sum, code) => sum + scores[code], 0);
}

/** Mean of the dossiers' totals, or null when there is none to average. */
export function averageTotal(totals: readonly number[]): number | null {
  if (totals.length === 0) return null;
  return totals.reduce((a, b) => a + b, 0) / totals.length;
}

export type AgencyClass = "EXCELLENT" | "GOOD" | "FAIR" | "AVERAGE" | "WEAK";

// Art. 13: an agency is classed by the average total of its evaluated dossiers.
const CLASSES: readonly { min: number; code: AgencyClass; label: string }[] = [
  { min: 15, code: "EXCELLENT", label: "Xuất sắc" },
  { min: 12, code: "GOOD", label: "Tốt" },
  { min: 9, code: "FAIR", label: "Khá" },
  { min: 6, code: "AVERAGE", label: "Trung bình" },
  { min: 0, code: "WEAK", label: "Yếu" },
];

export function classifyAgency(average: number): { code: AgencyClass; label: string } {
  if (!Number.isFinite(average) || average < 0 || average > MAX_TOTAL) {
    throw new RangeError(`An average total lies between 0 and ${MAX_TOTAL}, got ${average}.`);
  }
  const { code, label } = CLASSES.find((k) => average >= k.min) ?? CLASSES[CLASSES.length - 1];
  return { code, label };
}
