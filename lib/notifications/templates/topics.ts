// The Vietnamese e-mail of each outbox topic. Topics are `dossier.<workflow action>` written by
// recordTransition, plus a few written by other commands; an unknown topic falls back to a
// generic status change so no notification is ever dropped for want of a template.
import { asPayload, bill, date, dateTime, text, vnd, type Payload } from "./payload";
import { renderLayout, type Block, type EmailContent } from "./layout";

export type TemplateInput = { topic: string; payload: unknown; dossierId: string | null; appUrl: string };

type Context = {
  p: Payload;
  code: string;
  links: { citizen: Block | null; staff: Block | null; mau01: Block | null; mau04: Block | null };
};
type Template = (c: Context) => { subject: string; blocks: Block[]; greeting?: string };

const p = (t: string): Block => ({ kind: "p", text: t });
const compact = (blocks: (Block | null)[]) => blocks.filter((b): b is Block => b !== null);
const noteBlock = (c: Context, label: string) => {
  const note = text(c.p, "note");
  return note ? p(`${label}: ${note}`) : null;
};

/**
 * The appointment date as Mẫu 01 prints it: "10/12/2026", with the time ("10/12/2026 10:00") when
 * the limit is counted in working hours, where the hour is the appointment.
 */
const dueDate = (c: Context) => (c.p.dueInHours === true ? dateTime(c.p, "dueAt") : date(c.p, "dueAt"));

const received: Template = (c) => {
  const due = dueDate(c);
  return {
    subject: `Hồ sơ ${c.code} đã được tiếp nhận`,
    blocks: compact([
      p(`Hồ sơ ${c.code} của bạn đã được tiếp nhận. Thời hạn giải quyết được tính từ thời điểm tiếp nhận.`),
      due ? p(`Ngày hẹn trả kết quả: ${due}.`) : null,
      p(
        due
          ? "Ngày hẹn được ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, TT 01/2018/TT-VPCP):"
          : "Ngày hẹn trả kết quả được ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, TT 01/2018/TT-VPCP):",
      ),
      c.links.mau01,
      c.links.citizen,
    ]),
  };
};

/** The applicant sent back what was asked (Mẫu 02); during processing the time restarts from zero. */
const supplementReceived =
  (during: "reception" | "processing"): Template =>
  (c) => {
    const due = dueDate(c);
    return {
      subject: `Hồ sơ ${c.code}: đã nhận hồ sơ bổ sung`,
      blocks: compact([
        p(
          during === "reception"
            ? `Đã nhận hồ sơ bổ sung của hồ sơ ${c.code}. Hồ sơ đang chờ cán bộ một cửa kiểm tra, tiếp nhận.`
            : `Đã nhận hồ sơ bổ sung của hồ sơ ${c.code}. Hồ sơ tiếp tục được giải quyết; thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung.`,
        ),
        text(c.p, "note") ? p(`${text(c.p, "note")}.`) : null,
        due ? p(`Ngày hẹn trả kết quả mới: ${due}.`) : null,
        c.links.citizen,
      ]),
    };
  };

/** The bill as issued (lib/payments, frozen when payment is asked): each line, then the amount due. */
const paymentRequested: Template = (c) => {
  const b = bill(c.p);
  return {
    subject: `Hồ sơ ${c.code}: thông báo nộp phí, lệ phí`,
    blocks: compact([
      p(`Hồ sơ ${c.code} cần nộp phí, lệ phí để tiếp tục được giải quyết.`),
      b?.lines.length
        ? {
            kind: "list",
            title: "Các khoản phải nộp:",
            items: b.lines.map((l) => `${l.description} — ${vnd(l.amountVnd)}`),
          }
        : null,
      b ? p(`Số tiền cần nộp: ${vnd(b.dueVnd)}.`) : null,
      p("Bạn có thể thanh toán trực tuyến trên trang hồ sơ hoặc nộp tại Bộ phận tiếp nhận và trả kết quả."),
      c.links.citizen,
    ]),
  };
};

const supplementRequested: Template = (c) => {
  // The note lists one requested item per line ("1. Tên giấy tờ: lý do"): asked once, completely.
  const lines = (text(c.p, "note") ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    subject: `Hồ sơ ${c.code}: yêu cầu bổ sung, hoàn thiện hồ sơ`,
    blocks: compact([
      p(`Hồ sơ ${c.code} cần được bổ sung, hoàn thiện (Mẫu 02). Vui lòng bổ sung một lần, đầy đủ các nội dung sau:`),
      lines.length ? { kind: "list", title: "Nội dung cần bổ sung:", items: lines } : null,
      c.links.citizen,
    ]),
  };
};

const resultReady: Template = (c) => ({
  subject: `Hồ sơ ${c.code} đã có kết quả`,
  blocks: compact([
    p(`Hồ sơ ${c.code} đã được giải quyết xong. Bạn có thể nhận kết quả theo hình thức đã chọn.`),
    noteBlock(c, "Ghi chú"),
    c.links.citizen,
  ]),
});

const reappointment: Template = (c) => ({
  subject: `Hồ sơ ${c.code}: thư xin lỗi và hẹn lại ngày trả kết quả`,
  blocks: compact([
    p(`Cơ quan giải quyết xin lỗi vì hồ sơ ${c.code} chưa thể trả kết quả đúng hẹn (Mẫu 04).`),
    text(c.p, "reason") ? p(`Lý do: ${text(c.p, "reason")}`) : null,
    dateTime(c.p, "previousDueAt") ? p(`Ngày hẹn cũ: ${dateTime(c.p, "previousDueAt")}`) : null,
    dateTime(c.p, "newDueAt") ? p(`Ngày hẹn mới: ${dateTime(c.p, "newDueAt")}`) : null,
    c.links.mau04,
    c.links.citizen,
  ]),
});

const statusChanged: Template = (c) => ({
  subject: `Hồ sơ ${c.code}: ${text(c.p, "statusLabel") ?? "cập nhật trạng thái"}`,
  blocks: compact([
    p(`Trạng thái hồ sơ ${c.code}: ${text(c.p, "statusLabel") ?? "đã được cập nhật"}.`),
    noteBlock(c, "Ghi chú"),
    c.links.citizen,
  ]),
});

export const TEMPLATES: Record<string, Template> = {
  "dossier.submit": (c) => ({
    subject: `Đã nộp hồ sơ ${c.code}`,
    blocks: compact([
      p(`Hồ sơ ${c.code} đã được nộp trực tuyến và đang chờ cán bộ một cửa kiểm tra, tiếp nhận.`),
      c.links.citizen,
    ]),
  }),
  "dossier.receive": received,
  "dossier.receive_at_counter": received,
  "dossier.supply_before_reception": supplementReceived("reception"),
  "dossier.supply_in_processing": supplementReceived("processing"),
  "dossier.request_payment": paymentRequested,
  "dossier.request_supplement": supplementRequested,
  "dossier.request_supplement_in_processing": supplementRequested,
  "dossier.approve": resultReady,
  "dossier.refuse_after_review": (c) => ({
    subject: `Hồ sơ ${c.code} đã có kết quả: từ chối giải quyết`,
    blocks: compact([
      p(
        `Hồ sơ ${c.code} đã được xem xét; cơ quan giải quyết từ chối giải quyết. Văn bản trả lời là kết quả của hồ sơ.`,
      ),
      noteBlock(c, "Lý do"),
      c.links.citizen,
    ]),
  }),
  "dossier.return_result": (c) => ({
    subject: `Hồ sơ ${c.code} đã trả kết quả`,
    blocks: compact([
      p(
        `Kết quả của hồ sơ ${c.code} đã được trả. Cảm ơn bạn đã sử dụng dịch vụ; bạn có thể đánh giá mức độ hài lòng trên trang hồ sơ.`,
      ),
      c.links.citizen,
    ]),
  }),
  "dossier.refuse_reception": (c) => ({
    subject: `Hồ sơ ${c.code} không được tiếp nhận`,
    blocks: compact([p(`Hồ sơ ${c.code} không được tiếp nhận (Mẫu 03).`), noteBlock(c, "Lý do"), c.links.citizen]),
  }),
  "dossier.withdraw": (c) => ({
    subject: `Hồ sơ ${c.code} đã được rút`,
    blocks: compact([
      p(`Theo yêu cầu của bạn, hồ sơ ${c.code} đã được rút và không tiếp tục giải quyết.`),
      noteBlock(c, "Lý do"),
      c.links.citizen,
    ]),
  }),
  "dossier.stop": (c) => ({
    subject: `Hồ sơ ${c.code}: thông báo dừng xử lý`,
    blocks: compact([
      p(`Cơ quan giải quyết thông báo dừng xử lý hồ sơ ${c.code} (TT 03/2025/TT-VPCP).`),
      noteBlock(c, "Lý do"),
      c.links.citizen,
    ]),
  }),
  "dossier.issue_reappointment": reappointment,
  "feedback.answered": (c) => ({
    subject: `Phản ánh về hồ sơ ${c.code} đã được trả lời`,
    blocks: compact([
      p(`Cơ quan giải quyết đã trả lời phản ánh, kiến nghị của bạn về hồ sơ ${c.code}.`),
      text(c.p, "subject") ? p(`Phản ánh: ${text(c.p, "subject")}`) : null,
      p(`Trả lời: ${text(c.p, "reply") ?? ""}`),
      c.links.citizen,
    ]),
  }),
  // The postal channel (lib/postal): the citizen follows the shipment by its tracking number.
  "postal.dossier_picked_up": (c) => ({
    subject: `Hồ sơ ${c.code}: bưu điện đã nhận hồ sơ giấy`,
    blocks: compact([
      p(
        `Bưu điện đã nhận hồ sơ giấy của hồ sơ ${c.code} (bưu gửi ${text(c.p, "trackingNumber") ?? ""}) để chuyển đến cơ quan giải quyết.`,
      ),
      c.links.citizen,
    ]),
  }),
  "postal.result_picked_up": (c) => ({
    subject: `Hồ sơ ${c.code}: kết quả đang được chuyển phát`,
    blocks: compact([
      p(
        `Bưu điện đã nhận kết quả của hồ sơ ${c.code} để phát đến bạn; số hiệu bưu gửi ${text(c.p, "trackingNumber") ?? ""}. Khi nhận, vui lòng xuất trình giấy tờ tùy thân.`,
      ),
      c.links.citizen,
    ]),
  }),
  "postal.failed_attempt": (c) => ({
    subject: `Hồ sơ ${c.code}: phát kết quả không thành công`,
    blocks: compact([
      p(
        `Bưu điện chưa phát được kết quả của hồ sơ ${c.code} (bưu gửi ${text(c.p, "trackingNumber") ?? ""}). Bưu điện sẽ phát lại; sau hai lần không thành công, kết quả được chuyển hoàn về cơ quan.`,
      ),
      noteBlock(c, "Lý do"),
      c.links.citizen,
    ]),
  }),
  "postal.returned_to_agency": (c) => ({
    subject: `Hồ sơ ${c.code}: kết quả đã chuyển hoàn về cơ quan`,
    blocks: compact([
      p(
        `Bưu điện không phát được kết quả của hồ sơ ${c.code} sau hai lần phát và đã chuyển hoàn về cơ quan. Vui lòng nhận kết quả tại Bộ phận Một cửa, mang theo giấy tờ tùy thân.`,
      ),
      c.links.citizen,
    ]),
  }),
  // For staff: the deadline scan's warning and a citizen's supplement arriving.
  "dossier.deadline_warning": (c) => ({
    greeting: "Kính gửi cán bộ xử lý,",
    subject: `Hồ sơ ${c.code} sắp đến hạn hoặc quá hạn`,
    blocks: compact([p(`Hồ sơ ${c.code}:`), p(text(c.p, "text") ?? "cần được xử lý trước hạn."), c.links.staff]),
  }),
  "dossier.supplement_answered": (c) => ({
    greeting: "Kính gửi cán bộ xử lý,",
    subject: `Hồ sơ ${c.code} đã được bổ sung`,
    blocks: compact([
      p(`Người nộp đã bổ sung hồ sơ ${c.code}; thời hạn giải quyết được tính lại từ đầu.`),
      c.links.staff,
    ]),
  }),
};

function contextOf(input: TemplateInput): Context {
  const payload = asPayload(input.payload);
  const base = input.appUrl.replace(/\/+$/, "");
  const id = input.dossierId ? encodeURIComponent(input.dossierId) : null;
  const link = (label: string, path: string): Block | null =>
    id ? { kind: "link", label, href: `${base}${path}` } : null;
  return {
    p: payload,
    code: text(payload, "code") ?? "(chưa có mã)",
    links: {
      citizen: link("Xem hồ sơ", `/ho-so/${id}`),
      staff: link("Mở hồ sơ", `/can-bo/ho-so/${id}`),
      mau01: link("Tải Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", `/api/dossiers/${id}/mau-01`),
      mau04: link("Tải Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)", `/api/dossiers/${id}/mau-04`),
    },
  };
}

export function renderEmail(input: TemplateInput): EmailContent {
  const template = TEMPLATES[input.topic] ?? statusChanged;
  const { subject, blocks, greeting } = template(contextOf(input));
  return renderLayout(subject, greeting ?? "Kính gửi ông/bà,", blocks);
}

/** An SMS is the subject and the dossier link: short enough for one or two messages. */
export function renderSms(input: TemplateInput): string {
  const { subject } = renderEmail(input);
  const c = contextOf(input);
  const link =
    input.topic === "dossier.deadline_warning" || input.topic === "dossier.supplement_answered"
      ? c.links.staff
      : c.links.citizen;
  return link?.kind === "link" ? `${subject}. ${link.href}` : subject;
}
