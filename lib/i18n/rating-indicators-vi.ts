// The nine indicators of the citizen's evaluation (TT 01/2018/TT-VPCP Art. 13–14), worded as the
// Circular does: the one home of their Vietnamese texts, read by lib/ratings/indicators.ts and by
// the dictionary (vi.ts), with the English in ./rating-indicators-en.ts. Pure data.

export type RatingIndicatorCode =
  "TOTAL_TIME" | "UNIT_TIME" | "CONTACTS" | "AGENCIES" | "ONE_STOP" | "PUBLICITY" | "ATTITUDE" | "FEEDBACK" | "ONLINE";

export type RatingIndicatorText = {
  /** Short name, used in messages and summaries. */
  title: string;
  /** The question put to the citizen, or what the system measures. */
  question: string;
  /** What each score means. */
  labels: { 2: string; 1: string; 0: string };
};

export type RatingIndicatorTexts = Record<RatingIndicatorCode, RatingIndicatorText>;

export const ratingIndicatorsVi: RatingIndicatorTexts = {
  TOTAL_TIME: {
    title: "Tổng thời gian giải quyết",
    question: "Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định của pháp luật",
    labels: { 2: "Trước hạn", 1: "Đúng hạn", 0: "Quá hạn" },
  },
  UNIT_TIME: {
    title: "Thời gian của từng cơ quan, đơn vị",
    question: "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp)",
    labels: { 2: "Tất cả trước hạn", 1: "Đúng hạn", 0: "Có cơ quan, đơn vị quá hạn" },
  },
  // Art. 13: 2 points when no contact was needed, 1 for one, 0 for more.
  CONTACTS: {
    title: "Số lần phải liên hệ",
    question: "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)",
    labels: { 2: "Không phải liên hệ", 1: "1 lần", 0: "Từ 2 lần trở lên" },
  },
  // Art. 13: 2 points when no other agency had to be contacted, less otherwise.
  AGENCIES: {
    title: "Số cơ quan phải liên hệ",
    question: "Số lượng cơ quan, đơn vị, tổ chức khác phải liên hệ để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)",
    labels: {
      2: "Không phải liên hệ cơ quan, đơn vị nào khác",
      1: "1 cơ quan, đơn vị khác",
      0: "Từ 2 cơ quan, đơn vị khác trở lên",
    },
  },
  ONE_STOP: {
    title: "Thực hiện tại Bộ phận Một cửa",
    question: "Việc tiếp nhận hồ sơ, giải quyết và trả kết quả được thực hiện tại Bộ phận Một cửa",
    labels: {
      2: "Toàn bộ tại Bộ phận Một cửa",
      1: "Một phần tại Bộ phận Một cửa",
      0: "Không thực hiện tại Bộ phận Một cửa",
    },
  },
  PUBLICITY: {
    title: "Công khai thủ tục hành chính",
    question: "Việc công khai thủ tục hành chính (thành phần hồ sơ, thời hạn, phí, lệ phí…)",
    labels: { 2: "Đầy đủ, dễ tiếp cận", 1: "Có công khai nhưng chưa đầy đủ", 0: "Không công khai" },
  },
  ATTITUDE: {
    title: "Thái độ của cán bộ",
    question:
      "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính",
    labels: { 2: "Lịch sự, tận tình, chu đáo", 1: "Chưa tận tình, chu đáo", 0: "Gây phiền hà, nhũng nhiễu" },
  },
  FEEDBACK: {
    title: "Tiếp thu, giải trình phản ánh, kiến nghị",
    question: "Việc tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân",
    labels: {
      2: "Không có phản ánh hoặc đã được trả lời",
      1: "Được trả lời một phần",
      0: "Không được tiếp thu, trả lời",
    },
  },
  ONLINE: {
    title: "Dịch vụ công trực tuyến",
    question: "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
    labels: { 2: "Trực tuyến toàn trình", 1: "Trực tuyến một phần", 0: "Không có dịch vụ công trực tuyến" },
  },
};
