// Demo procedure catalogue (danh mục TTHC, docs/domain.md §3): real procedures of the national
// catalogue with their national codes. Codes marked `unverified` are from memory of the national
// database (csdl.dichvucong.gov.vn) and must be checked; so must amounts "do HĐND tỉnh quy
// định" (set by the provincial People's Council) and the 2025 changes of competent level.
//
// Processing times follow the wording of the law: "ngày làm việc" → WORKING_DAYS, a bare
// "ngày" → CALENDAR_DAYS, "trong ngày" → 0 WORKING_DAYS (same day, next working day when
// received after 15:00). A procedure that requires personal presence has no POSTAL timing:
// the postal channel is not available for it (QĐ 45/2016/QĐ-TTg Art. 3).
import type { FormDefinitionInput } from "../../../lib/forms/definition";
import { communeAgencyCodes, DEPT } from "./agencies";
import { FIELD } from "./fields";

type FormFieldInput = FormDefinitionInput["sections"][number]["fields"][number];
type FormSectionInput = FormDefinitionInput["sections"][number];

export type ComponentSeed = {
  name: string;
  copyType: "ORIGINAL" | "COPY" | "CERTIFIED_COPY" | "ORIGINAL_OR_COPY";
  count: number;
  required: boolean;
  note?: string;
  /** May be handed in on paper with a summary (bulky drawings). */
  paperAllowed?: boolean;
  /** The declaration whose content is the procedure's e-form: filled in, never uploaded. */
  satisfiedByEForm?: boolean;
};

export type TimingSeed = {
  channel: "COUNTER" | "ONLINE" | "POSTAL";
  amount: number;
  unit: "WORKING_DAYS" | "CALENDAR_DAYS" | "WORKING_HOURS";
  description?: string;
};

export type FeeSeed = {
  kind: "FEE" | "CHARGE";
  amountVnd: number;
  description: string;
  /** A fee per unit: the e-form field giving the quantity and the unit's name (lib/payments/bill-lines.ts). */
  quantityField?: string;
  unitName?: string;
};

export type ProcedureSeed = {
  code: string;
  name: string;
  fieldCode: string;
  authorityLevel: "PROVINCE" | "COMMUNE";
  serviceLevel: "FULL_ONLINE" | "PARTIAL_ONLINE";
  steps: string;
  method: string;
  applicants: string;
  conditions?: string;
  result: string;
  legalBasis: string;
  requiresPersonalPresence: boolean;
  paymentBeforeProcessing: boolean;
  components: ComponentSeed[];
  timings: TimingSeed[];
  fees: FeeSeed[];
  agencyCodes: string[];
  formDefinition: FormDefinitionInput;
};

// ───────────── Shared building blocks ─────────────

const SAME_DAY = "Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo";

function timings(amount: number, unit: TimingSeed["unit"], description: string, postal = true): TimingSeed[] {
  const channels: TimingSeed["channel"][] = postal ? ["COUNTER", "ONLINE", "POSTAL"] : ["COUNTER", "ONLINE"];
  return channels.map((channel) => ({ channel, amount, unit, description }));
}

function method(level: "COMMUNE" | "PROVINCE", postal = true): string {
  const counter =
    level === "COMMUNE"
      ? "Trực tiếp tại Bộ phận Một cửa của UBND cấp xã hoặc bất kỳ điểm tiếp nhận nào trong tỉnh (Nghị định 118/2025/NĐ-CP)"
      : "Trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Tây Ninh hoặc bất kỳ điểm tiếp nhận nào trong tỉnh (Nghị định 118/2025/NĐ-CP)";
  const lines = [counter, "Trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh Tây Ninh"];
  if (postal) lines.push("Qua dịch vụ bưu chính công ích");
  return lines.map((l) => `- ${l}.`).join("\n");
}

const steps = (...lines: string[]): string => lines.map((l, i) => `Bước ${i + 1}: ${l}`).join("\n");

const identityDocument = (note?: string): ComponentSeed => ({
  name: "Giấy tờ tùy thân của người nộp hồ sơ (Căn cước, Căn cước công dân, Hộ chiếu hoặc giấy tờ có ảnh do cơ quan có thẩm quyền cấp)",
  copyType: "ORIGINAL_OR_COPY",
  count: 1,
  required: true,
  note: note ?? "Xuất trình khi nộp trực tiếp; không phải nộp nếu đã xác thực qua tài khoản định danh điện tử (VNeID).",
});

const authorisation: ComponentSeed = {
  name: "Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)",
  copyType: "ORIGINAL",
  count: 1,
  required: false,
  note: "Phải được chứng thực, trừ trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột.",
};

/** The applicant block of every form, pre-filled from the e-ID claims (NĐ 69/2024; docs/domain.md §7). */
function applicantSection(title = "Thông tin người nộp hồ sơ", extra: FormFieldInput[] = []): FormSectionInput {
  return {
    title,
    fields: [
      {
        name: "applicantName",
        label: "Họ, chữ đệm và tên",
        type: "text",
        required: true,
        prefill: "fullName",
        maxLength: 100,
      },
      {
        name: "applicantPersonalId",
        label: "Số định danh cá nhân",
        type: "personalId",
        required: true,
        prefill: "personalId",
      },
      { name: "applicantBirthDate", label: "Ngày sinh", type: "date", prefill: "dateOfBirth" },
      { name: "applicantPhone", label: "Số điện thoại", type: "phone", required: true, prefill: "phone" },
      { name: "applicantEmail", label: "Thư điện tử", type: "email", prefill: "email" },
      { name: "applicantAddress", label: "Nơi thường trú", type: "text", prefill: "permanentAddress", maxLength: 255 },
      ...extra,
    ],
  };
}

const options = (...labels: string[]) => labels.map((label) => ({ value: label, label }));
const GENDER = options("Nam", "Nữ");

const CIVIL_STATUS_LAW =
  "Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP (sửa đổi bởi Nghị định số 07/2025/NĐ-CP); Nghị định số 87/2020/NĐ-CP về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến; Thông tư số 04/2020/TT-BTP; Thông tư số 85/2019/TT-BTC";

// ───────────── Hộ tịch (civil status), commune level ─────────────

const civilStatus: ProcedureSeed[] = [
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    fieldCode: FIELD.civilStatus,
    authorityLevel: "COMMUNE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người đi đăng ký khai sinh nộp tờ khai và giấy tờ theo quy định tại Bộ phận Một cửa, trực tuyến hoặc qua bưu chính.",
      "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu chưa đầy đủ thì hướng dẫn bổ sung một lần, đầy đủ.",
      "Nếu thông tin khai sinh đầy đủ, phù hợp, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử và lấy số định danh cá nhân cho trẻ; Chủ tịch UBND cấp xã ký Giấy khai sinh.",
      "Trả Giấy khai sinh bản chính (tại quầy hoặc qua bưu chính) và bản điện tử vào kho dữ liệu của người yêu cầu.",
    ),
    method: method("COMMUNE"),
    applicants: "Cha, mẹ của trẻ; ông, bà hoặc người thân thích khác; cá nhân, tổ chức đang nuôi dưỡng trẻ em.",
    conditions:
      "Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh; nếu cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác thực hiện (Luật Hộ tịch, Điều 15).",
    result: "Giấy khai sinh (bản chính) và bản điện tử Giấy khai sinh; trẻ được cấp số định danh cá nhân.",
    legalBasis: `${CIVIL_STATUS_LAW}; Nghị định số 63/2024/NĐ-CP (liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi).`,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Tờ khai đăng ký khai sinh (theo mẫu; khi nộp trực tuyến khai trên biểu mẫu điện tử)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      {
        name: "Giấy chứng sinh do cơ sở y tế cấp; nếu không có thì văn bản của người làm chứng xác nhận việc sinh hoặc giấy cam đoan về việc sinh",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        note: "Trẻ bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi; trẻ sinh ra do mang thai hộ: văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản.",
      },
      identityDocument(),
      {
        name: "Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn)",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: false,
        note: "Không phải nộp nếu thông tin kết hôn đã có trong Cơ sở dữ liệu hộ tịch điện tử.",
      },
      authorisation,
    ],
    timings: timings(0, "WORKING_DAYS", SAME_DAY),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 0,
        description:
          // unverified: the late-registration fee resolution of the provincial People's Council is not cited yet.
          "Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh), Luật Hộ tịch Điều 11. Đăng ký quá hạn: mức lệ phí do HĐND tỉnh quy định.",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người đi đăng ký khai sinh", [
          {
            name: "relationshipToChild",
            label: "Quan hệ với người được khai sinh",
            type: "select",
            required: true,
            options: options("Cha", "Mẹ", "Ông", "Bà", "Người thân thích khác", "Người đang nuôi dưỡng"),
          },
        ]),
        {
          title: "Thông tin người được khai sinh",
          fields: [
            { name: "childName", label: "Họ, chữ đệm và tên", type: "text", required: true, maxLength: 100 },
            { name: "childBirthDate", label: "Ngày, tháng, năm sinh", type: "date", required: true },
            { name: "childGender", label: "Giới tính", type: "select", required: true, options: GENDER },
            { name: "childEthnicity", label: "Dân tộc", type: "text", required: true, maxLength: 50 },
            {
              name: "childNationality",
              label: "Quốc tịch",
              type: "text",
              required: true,
              maxLength: 50,
              help: "Ví dụ: Việt Nam",
            },
            {
              name: "placeOfBirth",
              label: "Nơi sinh",
              type: "text",
              required: true,
              maxLength: 255,
              help: "Tên cơ sở y tế (nếu sinh tại cơ sở y tế), xã/phường, tỉnh/thành phố.",
            },
            { name: "hometown", label: "Quê quán", type: "text", maxLength: 255 },
          ],
        },
        {
          title: "Thông tin cha, mẹ",
          fields: [
            {
              name: "motherName",
              label: "Họ, chữ đệm và tên người mẹ",
              type: "text",
              maxLength: 100,
              help: "Bỏ trống nếu chưa xác định được người mẹ.",
            },
            { name: "motherPersonalId", label: "Số định danh cá nhân của người mẹ", type: "personalId" },
            { name: "motherBirthDate", label: "Ngày sinh của người mẹ", type: "date" },
            {
              name: "fatherName",
              label: "Họ, chữ đệm và tên người cha",
              type: "text",
              maxLength: 100,
              help: "Bỏ trống nếu chưa xác định được người cha.",
            },
            { name: "fatherPersonalId", label: "Số định danh cá nhân của người cha", type: "personalId" },
            { name: "fatherBirthDate", label: "Ngày sinh của người cha", type: "date" },
            {
              name: "parentsMarried",
              label: "Cha, mẹ đã đăng ký kết hôn",
              type: "select",
              required: true,
              options: options("Có", "Không"),
            },
          ],
        },
      ],
    },
  },
  {
    code: "1.000894", // unverified: national code from memory
    name: "Đăng ký kết hôn",
    fieldCode: FIELD.civilStatus,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Hai bên nam, nữ nộp tờ khai và giấy tờ theo quy định tại Bộ phận Một cửa hoặc trực tuyến.",
      "Công chức tư pháp - hộ tịch kiểm tra hồ sơ và điều kiện kết hôn theo Luật Hôn nhân và gia đình; nếu cần xác minh thì thời hạn kéo dài không quá 05 ngày làm việc.",
      "Nếu đủ điều kiện, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký kết hôn; hai bên cùng ký vào Sổ và Giấy chứng nhận kết hôn.",
      "Chủ tịch UBND cấp xã tổ chức trao Giấy chứng nhận kết hôn; hai bên nam, nữ phải có mặt.",
    ),
    method: method("COMMUNE", false),
    applicants: "Công dân Việt Nam cư trú ở trong nước (hai bên nam, nữ).",
    conditions:
      "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; không mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn (Luật Hôn nhân và gia đình 2014, Điều 8).",
    result: "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên) và bản điện tử.",
    legalBasis: `Luật Hôn nhân và gia đình số 52/2014/QH13; ${CIVIL_STATUS_LAW}.`,
    requiresPersonalPresence: true,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Tờ khai đăng ký kết hôn (theo mẫu; hai bên có thể khai chung một tờ khai)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      identityDocument("Xuất trình giấy tờ tùy thân của cả hai bên."),
      {
        name: "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại nơi không phải nơi thường trú)",
        copyType: "ORIGINAL",
        count: 1,
        required: false,
        note: "Không phải nộp nếu thông tin tình trạng hôn nhân khai thác được từ Cơ sở dữ liệu hộ tịch điện tử.",
      },
      {
        name: "Bản án, quyết định ly hôn đã có hiệu lực pháp luật (trường hợp đã ly hôn)",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(
      0,
      "WORKING_DAYS",
      "Ngay trong ngày nhận đủ hồ sơ (sau 15 giờ thì trong ngày làm việc tiếp theo); trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc",
      false,
    ),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 0,
        description: "Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch Điều 11).",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người yêu cầu (một bên kết hôn)", [
          {
            name: "applicantGender",
            label: "Giới tính",
            type: "select",
            required: true,
            prefill: "gender",
            options: GENDER,
          },
          {
            name: "applicantMaritalHistory",
            label: "Tình trạng hôn nhân trước đây",
            type: "select",
            required: true,
            options: options("Chưa kết hôn lần nào", "Đã ly hôn", "Có vợ/chồng đã chết"),
          },
        ]),
        {
          title: "Thông tin bên kết hôn còn lại",
          fields: [
            { name: "partnerName", label: "Họ, chữ đệm và tên", type: "text", required: true, maxLength: 100 },
            { name: "partnerPersonalId", label: "Số định danh cá nhân", type: "personalId", required: true },
            { name: "partnerBirthDate", label: "Ngày sinh", type: "date", required: true },
            { name: "partnerEthnicity", label: "Dân tộc", type: "text", required: true, maxLength: 50 },
            { name: "partnerAddress", label: "Nơi cư trú", type: "text", required: true, maxLength: 255 },
            {
              name: "partnerMaritalHistory",
              label: "Tình trạng hôn nhân trước đây",
              type: "select",
              required: true,
              options: options("Chưa kết hôn lần nào", "Đã ly hôn", "Có vợ/chồng đã chết"),
            },
          ],
        },
        {
          title: "Lịch hẹn trao Giấy chứng nhận kết hôn",
          fields: [
            {
              name: "preferredDate",
              label: "Ngày mong muốn nhận",
              type: "date",
              help: "Hai bên nam, nữ phải cùng có mặt khi nhận Giấy chứng nhận kết hôn.",
            },
          ],
        },
      ],
    },
  },
  {
    code: "1.000656", // unverified: national code from memory
    name: "Đăng ký khai tử",
    fieldCode: FIELD.civilStatus,
    authorityLevel: "COMMUNE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người có trách nhiệm đi đăng ký khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.",
      "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu việc khai tử đúng thì ghi vào Sổ đăng ký khai tử và cập nhật Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư.",
      "Chủ tịch UBND cấp xã ký Trích lục khai tử; trả kết quả cho người yêu cầu.",
    ),
    method: method("COMMUNE"),
    applicants:
      "Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; đại diện cơ quan, tổ chức, cá nhân liên quan nếu người chết không có người thân thích.",
    conditions:
      "Người thân thích có trách nhiệm đăng ký khai tử trong thời hạn 15 ngày kể từ ngày có người chết (Luật Hộ tịch, Điều 33).",
    result: "Trích lục khai tử (bản chính) và bản điện tử.",
    legalBasis: `${CIVIL_STATUS_LAW}.`,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Tờ khai đăng ký khai tử (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      {
        name: "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      identityDocument(),
      authorisation,
    ],
    timings: timings(
      0,
      "WORKING_DAYS",
      "Ngay trong ngày nhận đủ hồ sơ (sau 15 giờ thì trong ngày làm việc tiếp theo); trường hợp cần xác minh thì không quá 03 ngày làm việc",
    ),
    fees: [
      { kind: "CHARGE", amountVnd: 0, description: "Miễn lệ phí đăng ký khai tử đúng hạn (Luật Hộ tịch Điều 11)." },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người đi đăng ký khai tử", [
          {
            name: "relationshipToDeceased",
            label: "Quan hệ với người đã chết",
            type: "text",
            required: true,
            maxLength: 50,
          },
        ]),
        {
          title: "Thông tin người đã chết",
          fields: [
            { name: "deceasedName", label: "Họ, chữ đệm và tên", type: "text", required: true, maxLength: 100 },
            { name: "deceasedPersonalId", label: "Số định danh cá nhân", type: "personalId" },
            { name: "deceasedBirthDate", label: "Ngày sinh", type: "date", required: true },
            { name: "deceasedGender", label: "Giới tính", type: "select", required: true, options: GENDER },
            { name: "dateOfDeath", label: "Ngày chết", type: "date", required: true },
            { name: "placeOfDeath", label: "Nơi chết", type: "text", required: true, maxLength: 255 },
            { name: "causeOfDeath", label: "Nguyên nhân chết", type: "text", maxLength: 255 },
          ],
        },
      ],
    },
  },
  {
    code: "2.000635", // unverified: national code from memory
    name: "Cấp bản sao trích lục hộ tịch",
    fieldCode: FIELD.civilStatus,
    authorityLevel: "COMMUNE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người yêu cầu nộp tờ khai cấp bản sao trích lục hộ tịch.",
      "Công chức tư pháp - hộ tịch kiểm tra, đối chiếu với Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.",
      "Người có thẩm quyền ký cấp bản sao trích lục; trả kết quả tại quầy, qua bưu chính hoặc bản điện tử.",
    ),
    method: method("COMMUNE"),
    applicants:
      "Cá nhân có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch đã đăng ký của mình hoặc của người khác khi được ủy quyền.",
    result: "Bản sao trích lục hộ tịch (giấy và/hoặc điện tử).",
    legalBasis: `${CIVIL_STATUS_LAW}; Thông tư số 281/2016/TT-BTC (phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch).`,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      identityDocument(),
      authorisation,
    ],
    timings: [
      { channel: "COUNTER", amount: 0, unit: "WORKING_DAYS", description: SAME_DAY },
      {
        channel: "ONLINE",
        amount: 4,
        unit: "WORKING_HOURS",
        description:
          // unverified: the province's decision shortening this time is not cited yet.
          "Trong 04 giờ làm việc kể từ khi tiếp nhận yêu cầu hợp lệ; kết quả là bản sao điện tử (cam kết rút ngắn thời gian của tỉnh)",
      },
      { channel: "POSTAL", amount: 0, unit: "WORKING_DAYS", description: SAME_DAY },
    ],
    fees: [
      {
        kind: "FEE",
        amountVnd: 8000,
        // Charged per copy issued: the bill multiplies by the answer "Số bản sao".
        quantityField: "copies",
        unitName: "bản",
        description:
          // unverified: amount not yet checked against the fee schedule of TT 281/2016/TT-BTC.
          "Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC).",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Nội dung yêu cầu",
          fields: [
            {
              name: "eventType",
              label: "Loại sự kiện hộ tịch",
              type: "select",
              required: true,
              options: options("Khai sinh", "Kết hôn", "Khai tử", "Nhận cha, mẹ, con", "Thay đổi, cải chính hộ tịch"),
            },
            {
              name: "subjectName",
              label: "Họ, chữ đệm và tên người được cấp trích lục",
              type: "text",
              required: true,
              maxLength: 100,
            },
            { name: "registrationNumber", label: "Số đăng ký (nếu biết)", type: "text", maxLength: 50 },
            { name: "registrationDate", label: "Ngày đăng ký (nếu biết)", type: "date" },
            { name: "registrationPlace", label: "Nơi đã đăng ký", type: "text", required: true, maxLength: 255 },
            { name: "copies", label: "Số bản sao", type: "number", required: true },
          ],
        },
      ],
    },
  },
  {
    code: "1.004873", // unverified: national code from memory
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    fieldCode: FIELD.civilStatus,
    authorityLevel: "COMMUNE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân.",
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân (tra cứu Cơ sở dữ liệu hộ tịch điện tử; đề nghị nơi cư trú trước đây xác minh nếu cần).",
      "Chủ tịch UBND cấp xã ký Giấy xác nhận tình trạng hôn nhân; trả kết quả.",
    ),
    method: method("COMMUNE"),
    applicants: "Công dân Việt Nam cư trú ở trong nước.",
    conditions: "Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích ghi trong giấy.",
    result: "Giấy xác nhận tình trạng hôn nhân.",
    legalBasis: `${CIVIL_STATUS_LAW}.`,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      identityDocument(),
      {
        name: "Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng (trường hợp đã ly hôn hoặc vợ/chồng đã chết)",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: false,
      },
      {
        name: "Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp yêu cầu cấp lại để sử dụng vào mục đích khác)",
        copyType: "ORIGINAL",
        count: 1,
        required: false,
      },
    ],
    timings: timings(
      3,
      "WORKING_DAYS",
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (Nghị định 123/2015/NĐ-CP, Điều 22)",
    ),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 15000,
        // unverified: the provincial People's Council resolution is not cited yet.
        description: "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân: mức do HĐND tỉnh quy định.",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người yêu cầu xác nhận", [
          { name: "applicantGender", label: "Giới tính", type: "select", prefill: "gender", options: GENDER },
        ]),
        {
          title: "Nội dung xác nhận",
          fields: [
            {
              name: "maritalStatus",
              label: "Tình trạng hôn nhân hiện tại",
              type: "select",
              required: true,
              options: options(
                "Chưa đăng ký kết hôn với ai",
                "Đã ly hôn, chưa kết hôn mới",
                "Có vợ/chồng đã chết",
                "Đang có vợ/chồng",
              ),
            },
            {
              name: "purpose",
              label: "Mục đích sử dụng",
              type: "textarea",
              required: true,
              maxLength: 500,
              help: "Ví dụ: để đăng ký kết hôn với ông/bà ... tại ...; để mua bán nhà đất.",
            },
            { name: "copies", label: "Số bản đề nghị cấp", type: "number", required: true },
          ],
        },
      ],
    },
  },
];

// ───────────── Chứng thực (authentication), commune level ─────────────

const AUTHENTICATION_LAW =
  "Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử; Thông tư số 01/2020/TT-BTP; Thông tư số 226/2016/TT-BTC (phí chứng thực).";

const authentication: ProcedureSeed[] = [
  {
    code: "2.000815", // unverified: national code from memory
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    fieldCode: FIELD.authentication,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người yêu cầu xuất trình bản chính giấy tờ, văn bản cần chứng thực (có thể đăng ký trước trực tuyến).",
      "Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao (hoặc chụp từ bản chính), ghi lời chứng, ký, đóng dấu; với bản sao điện tử thì ký số.",
      "Ghi vào Sổ chứng thực; thu phí và trả kết quả.",
    ),
    method: method("COMMUNE", false),
    applicants: "Cá nhân, tổ chức có yêu cầu chứng thực bản sao.",
    conditions:
      "Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, không còn giá trị sử dụng, có nội dung trái pháp luật hoặc thuộc danh mục bí mật nhà nước (Nghị định 23/2015/NĐ-CP, Điều 22).",
    result: "Bản sao được chứng thực từ bản chính (giấy hoặc bản sao điện tử có chữ ký số).",
    legalBasis: AUTHENTICATION_LAW,
    requiresPersonalPresence: true,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        note: "Xuất trình để đối chiếu, không thu lại. Khi đăng ký trực tuyến vẫn phải mang bản chính đến nơi chứng thực.",
      },
      {
        name: "Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị)",
        copyType: "COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(0, "WORKING_DAYS", `${SAME_DAY} (Nghị định 23/2015/NĐ-CP, Điều 7)`, false),
    fees: [
      {
        kind: "FEE",
        amountVnd: 2000,
        description:
          "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Giấy tờ cần chứng thực",
          fields: [
            { name: "documentName", label: "Tên giấy tờ, văn bản", type: "text", required: true, maxLength: 255 },
            { name: "pageCount", label: "Số trang của bản chính", type: "number", required: true },
            { name: "copies", label: "Số bản sao cần chứng thực", type: "number", required: true },
            {
              name: "electronicCopy",
              label: "Hình thức bản sao",
              type: "select",
              required: true,
              options: options("Bản giấy", "Bản sao điện tử"),
            },
          ],
        },
      ],
    },
  },
  {
    code: "2.000884", // unverified: national code from memory
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    fieldCode: FIELD.authentication,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản sẽ ký (có thể đăng ký trước trực tuyến).",
      "Người thực hiện chứng thực kiểm tra; người yêu cầu ký (hoặc điểm chỉ) trước mặt người thực hiện chứng thực.",
      "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi vào Sổ chứng thực và trả kết quả.",
    ),
    method: method("COMMUNE", false),
    applicants: "Cá nhân có yêu cầu chứng thực chữ ký.",
    conditions:
      "Người yêu cầu phải ký trước mặt người thực hiện chứng thực; không chứng thực chữ ký trong giấy tờ có nội dung là hợp đồng, giao dịch (trừ trường hợp luật định).",
    result: "Giấy tờ, văn bản đã được chứng thực chữ ký.",
    legalBasis: AUTHENTICATION_LAW,
    requiresPersonalPresence: true,
    paymentBeforeProcessing: true,
    components: [
      identityDocument("Xuất trình bản chính còn giá trị sử dụng."),
      { name: "Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký", copyType: "ORIGINAL", count: 1, required: true },
    ],
    timings: timings(0, "WORKING_DAYS", SAME_DAY, false),
    fees: [{ kind: "FEE", amountVnd: 10000, description: "10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)." }],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Giấy tờ cần chứng thực chữ ký",
          fields: [
            { name: "documentName", label: "Tên giấy tờ, văn bản", type: "text", required: true, maxLength: 255 },
            { name: "copies", label: "Số bản", type: "number", required: true },
            {
              name: "signingMode",
              label: "Hình thức",
              type: "select",
              required: true,
              options: options("Ký", "Điểm chỉ", "Không thể ký, không thể điểm chỉ (có người làm chứng)"),
            },
          ],
        },
      ],
    },
  },
];

// ───────────── Business registration ─────────────

const business: ProcedureSeed[] = [
  {
    code: "2.000720", // unverified: national code from memory
    name: "Đăng ký thành lập hộ kinh doanh",
    fieldCode: FIELD.householdBusiness,
    authorityLevel: "COMMUNE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Cá nhân hoặc người đại diện hộ gia đình nộp hồ sơ đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã.",
      "Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ và tên hộ kinh doanh; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.",
      "Cấp Giấy chứng nhận đăng ký hộ kinh doanh và cập nhật vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.",
    ),
    method: method("COMMUNE"),
    applicants: "Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ.",
    conditions:
      "Ngành, nghề đăng ký kinh doanh không bị cấm; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã; nộp đủ lệ phí.",
    result: "Giấy chứng nhận đăng ký hộ kinh doanh.",
    legalBasis:
      // unverified: NĐ 168/2025/NĐ-CP cited from memory, number and title not checked.
      "Luật Doanh nghiệp số 59/2020/QH14; Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp; Thông tư số 85/2019/TT-BTC (lệ phí đăng ký hộ kinh doanh do HĐND tỉnh quy định).",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      { name: "Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh",
        copyType: "COPY",
        count: 1,
        required: true,
        note: "Không phải nộp nếu thông tin đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư.",
      },
      {
        name: "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)",
        copyType: "ORIGINAL",
        count: 1,
        required: false,
      },
      {
        name: "Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(3, "WORKING_DAYS", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 100000,
        description:
          // unverified: the online-filing exemption is not checked against the provincial resolution.
          "Lệ phí đăng ký hộ kinh doanh: mức do HĐND tỉnh quy định; có thể được miễn khi đăng ký trực tuyến.",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin chủ hộ kinh doanh"),
        {
          title: "Thông tin hộ kinh doanh",
          fields: [
            {
              name: "businessName",
              label: "Tên hộ kinh doanh",
              type: "text",
              required: true,
              maxLength: 200,
              help: 'Gồm cụm từ "Hộ kinh doanh" và tên riêng, ví dụ: Hộ kinh doanh Tân Ninh Phát.',
            },
            { name: "businessAddress", label: "Địa điểm kinh doanh", type: "text", required: true, maxLength: 255 },
            { name: "businessPhone", label: "Điện thoại của hộ kinh doanh", type: "phone" },
            {
              name: "businessLines",
              label: "Ngành, nghề kinh doanh",
              type: "textarea",
              required: true,
              maxLength: 2000,
            },
            { name: "capitalVnd", label: "Vốn kinh doanh (đồng)", type: "number", required: true },
            { name: "employees", label: "Số lượng lao động", type: "number" },
          ],
        },
      ],
    },
  },
  {
    code: "1.010027", // unverified: national code from memory
    name: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
    fieldCode: FIELD.enterprise,
    authorityLevel: "PROVINCE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người thành lập doanh nghiệp hoặc người được ủy quyền nộp hồ sơ qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
      "Phòng Đăng ký kinh doanh (Sở Tài chính) kiểm tra tính hợp lệ của hồ sơ; nếu chưa hợp lệ thì ra thông báo yêu cầu sửa đổi, bổ sung một lần.",
      "Cấp Giấy chứng nhận đăng ký doanh nghiệp; doanh nghiệp công bố nội dung đăng ký trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
    ),
    method: method("PROVINCE"),
    applicants: "Tổ chức, cá nhân thành lập công ty trách nhiệm hữu hạn một thành viên.",
    conditions:
      "Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định (Luật Doanh nghiệp, Điều 37–41); hồ sơ hợp lệ; nộp đủ lệ phí (Luật Doanh nghiệp, Điều 27).",
    result: "Giấy chứng nhận đăng ký doanh nghiệp.",
    legalBasis:
      // unverified: NĐ 168/2025/NĐ-CP and TT 68/2025/TT-BTC cited from memory, numbers and titles not checked.
      "Luật Doanh nghiệp số 59/2020/QH14; Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp; Thông tư số 68/2025/TT-BTC ban hành biểu mẫu đăng ký doanh nghiệp; Thông tư số 47/2019/TT-BTC (phí, lệ phí đăng ký doanh nghiệp).",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      { name: "Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      { name: "Điều lệ công ty", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật, chủ sở hữu công ty là cá nhân; giấy tờ pháp lý của tổ chức nếu chủ sở hữu là tổ chức",
        copyType: "COPY",
        count: 1,
        required: true,
      },
      {
        name: "Văn bản ủy quyền cho người nộp hồ sơ (trường hợp ủy quyền)",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(
      3,
      "WORKING_DAYS",
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Doanh nghiệp, Điều 26)",
    ),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 50000,
        description:
          // unverified: amount not yet checked against TT 47/2019/TT-BTC.
          "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng điện tử (Thông tư 47/2019/TT-BTC).",
      },
      {
        kind: "FEE",
        amountVnd: 100000,
        // unverified: amount not yet checked against TT 47/2019/TT-BTC.
        description: "Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư 47/2019/TT-BTC).",
      },
    ],
    agencyCodes: [DEPT.finance],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người đại diện theo pháp luật"),
        {
          title: "Thông tin doanh nghiệp",
          fields: [
            {
              name: "companyName",
              label: "Tên công ty viết bằng tiếng Việt",
              type: "text",
              required: true,
              maxLength: 255,
            },
            {
              name: "companyNameForeign",
              label: "Tên công ty viết bằng tiếng nước ngoài",
              type: "text",
              maxLength: 255,
            },
            { name: "headOfficeAddress", label: "Địa chỉ trụ sở chính", type: "text", required: true, maxLength: 255 },
            { name: "charterCapitalVnd", label: "Vốn điều lệ (đồng)", type: "number", required: true },
            {
              name: "mainBusinessLine",
              label: "Ngành, nghề kinh doanh chính",
              type: "text",
              required: true,
              maxLength: 255,
              help: "Ghi mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam.",
            },
            {
              name: "ownerType",
              label: "Chủ sở hữu",
              type: "select",
              required: true,
              options: options("Cá nhân", "Tổ chức"),
            },
          ],
        },
      ],
    },
  },
];

// ───────────── Hoạt động xây dựng (construction) ─────────────

const CONSTRUCTION_LAW =
  "Luật Xây dựng số 50/2014/QH13 (sửa đổi, bổ sung bởi Luật số 62/2020/QH14); Nghị định số 175/2024/NĐ-CP hướng dẫn Luật Xây dựng về quản lý hoạt động xây dựng; Thông tư số 85/2019/TT-BTC (lệ phí cấp giấy phép xây dựng do HĐND tỉnh quy định).";

const drawings = (what: string): ComponentSeed => ({
  name: `02 bộ bản vẽ thiết kế xây dựng ${what}`,
  copyType: "ORIGINAL",
  count: 2,
  required: true,
  paperAllowed: true,
  note: 'Bản vẽ khổ A3 trở lên, thường nhiều trang. Khi nộp trực tuyến: tải bản quét; nếu không quét được thì đánh dấu "nộp bản giấy", tải lên bản tóm tắt (mặt bằng tổng thể) và nộp bản giấy tại quầy hoặc qua bưu chính.',
});

const construction: ProcedureSeed[] = [
  {
    code: "1.009974", // unverified: national code from memory
    name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    fieldCode: FIELD.construction,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng.",
      "Bộ phận chuyên môn kiểm tra hồ sơ; nếu thiếu thì thông báo bổ sung một lần trong 02 ngày làm việc; tổ chức thẩm định, kiểm tra thực địa.",
      "Trường hợp cần lấy ý kiến cơ quan quản lý nhà nước về các lĩnh vực liên quan thì gửi lấy ý kiến (liên thông).",
      "Chủ tịch UBND cấp xã xem xét, cấp giấy phép xây dựng; trả kết quả kèm 01 bộ bản vẽ có đóng dấu.",
    ),
    method: method("COMMUNE"),
    applicants: "Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ.",
    conditions:
      "Phù hợp với mục đích sử dụng đất và quy hoạch; bảo đảm an toàn cho công trình và công trình lân cận; thiết kế đáp ứng quy chuẩn, tiêu chuẩn (Luật Xây dựng, Điều 93).",
    result: "Giấy phép xây dựng kèm 01 bộ bản vẽ thiết kế được đóng dấu xác nhận.",
    legalBasis: CONSTRUCTION_LAW,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        // unverified: form number in NĐ 175/2024/NĐ-CP not checked.
        name: "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
      },
      drawings(
        "(mặt bằng công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật)",
      ),
      {
        name: "Bản cam kết bảo đảm an toàn đối với công trình liền kề (công trình có tầng hầm hoặc xây chen)",
        copyType: "ORIGINAL",
        count: 1,
        required: false,
      },
    ],
    timings: timings(15, "CALENDAR_DAYS", "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Xây dựng, Điều 102)"),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 75000,
        description:
          // unverified: amount set by the provincial People's Council; resolution not cited yet.
          "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 75.000 đồng/giấy phép (mức do HĐND tỉnh quy định).",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin chủ đầu tư"),
        {
          title: "Thông tin công trình",
          fields: [
            { name: "constructionAddress", label: "Địa điểm xây dựng", type: "text", required: true, maxLength: 255 },
            { name: "parcelNumber", label: "Thửa đất số", type: "text", required: true, maxLength: 20 },
            { name: "mapSheetNumber", label: "Tờ bản đồ số", type: "text", required: true, maxLength: 20 },
            { name: "landAreaM2", label: "Diện tích lô đất (m²)", type: "number", required: true },
            { name: "buildingFootprintM2", label: "Diện tích xây dựng tầng 1 (m²)", type: "number", required: true },
            { name: "totalFloorAreaM2", label: "Tổng diện tích sàn (m²)", type: "number", required: true },
            { name: "floors", label: "Số tầng", type: "number", required: true },
            { name: "buildingHeightM", label: "Chiều cao công trình (m)", type: "number" },
            { name: "designUnit", label: "Đơn vị hoặc cá nhân thiết kế", type: "text", maxLength: 255 },
          ],
        },
      ],
    },
  },
  {
    code: "1.009972", // unverified: national code from memory
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/theo giai đoạn/dự án)",
    fieldCode: FIELD.construction,
    authorityLevel: "PROVINCE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Chủ đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.",
      "Sở Xây dựng kiểm tra hồ sơ; thông báo bổ sung một lần nếu chưa đầy đủ; thẩm định hồ sơ, kiểm tra thực địa.",
      "Gửi văn bản lấy ý kiến các cơ quan quản lý nhà nước liên quan (liên thông) nếu cần.",
      "Giám đốc Sở Xây dựng cấp giấy phép xây dựng; trả kết quả.",
    ),
    method: method("PROVINCE"),
    applicants: "Tổ chức, cá nhân là chủ đầu tư xây dựng công trình.",
    conditions:
      "Công trình phù hợp quy hoạch, mục đích sử dụng đất; thiết kế đã được thẩm định theo quy định (Luật Xây dựng, Điều 91).",
    result: "Giấy phép xây dựng kèm 01 bộ bản vẽ thiết kế được đóng dấu xác nhận.",
    legalBasis: CONSTRUCTION_LAW,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      { name: "Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
      },
      {
        name: "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định thiết kế của cơ quan chuyên môn về xây dựng",
        copyType: "COPY",
        count: 1,
        required: true,
      },
      drawings("triển khai sau thiết kế cơ sở được phê duyệt (mặt bằng, mặt đứng, mặt cắt, móng, đấu nối hạ tầng)"),
      {
        name: "Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy (đối với công trình thuộc diện phải thẩm duyệt)",
        copyType: "COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(20, "CALENDAR_DAYS", "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Xây dựng, Điều 102)"),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 150000,
        description:
          // unverified: amount set by the provincial People's Council; resolution not cited yet.
          "Lệ phí cấp giấy phép xây dựng công trình: 150.000 đồng/giấy phép (mức do HĐND tỉnh quy định).",
      },
    ],
    agencyCodes: [DEPT.construction],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người đại diện chủ đầu tư", [
          { name: "investorName", label: "Tên chủ đầu tư (tổ chức)", type: "text", required: true, maxLength: 255 },
        ]),
        {
          title: "Thông tin công trình",
          fields: [
            { name: "projectName", label: "Tên công trình", type: "text", required: true, maxLength: 255 },
            { name: "constructionAddress", label: "Địa điểm xây dựng", type: "text", required: true, maxLength: 255 },
            {
              name: "constructionGrade",
              label: "Cấp công trình",
              type: "select",
              required: true,
              options: options("Cấp đặc biệt", "Cấp I", "Cấp II"),
            },
            { name: "totalFloorAreaM2", label: "Tổng diện tích sàn (m²)", type: "number", required: true },
            { name: "floors", label: "Số tầng", type: "number", required: true },
          ],
        },
      ],
    },
  },
  {
    code: "1.009982", // unverified: national code from memory
    name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
    fieldCode: FIELD.construction,
    authorityLevel: "PROVINCE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Cá nhân nộp hồ sơ đề nghị cấp chứng chỉ hành nghề trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
      "Sở Xây dựng kiểm tra hồ sơ; tổ chức sát hạch (nếu chưa có kết quả sát hạch còn hiệu lực).",
      "Hội đồng xét cấp chứng chỉ đánh giá; Giám đốc Sở Xây dựng cấp chứng chỉ hành nghề và đăng tải trên trang thông tin điện tử.",
    ),
    method: method("PROVINCE"),
    applicants: "Cá nhân hoạt động xây dựng có trình độ chuyên môn và kinh nghiệm phù hợp.",
    conditions:
      "Có trình độ đào tạo, thời gian kinh nghiệm phù hợp với lĩnh vực và hạng đề nghị; đạt yêu cầu sát hạch (Nghị định 175/2024/NĐ-CP).",
    result: "Chứng chỉ hành nghề hoạt động xây dựng (bản điện tử).",
    // unverified: TT 38/2022/TT-BTC cited from memory, not checked.
    legalBasis: `${CONSTRUCTION_LAW} Thông tư số 38/2022/TT-BTC (lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng).`,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Ảnh màu cỡ 4×6 cm nền trắng chụp trong thời hạn 06 tháng (tệp ảnh khi nộp trực tuyến)",
        copyType: "ORIGINAL",
        count: 2,
        required: true,
      },
      {
        name: "Văn bằng đào tạo chuyên môn",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
        note: "Hoặc tệp bản chụp màu từ bản chính.",
      },
      { name: "Bản khai kinh nghiệm hoạt động xây dựng (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
    ],
    // unverified: processing time not yet checked against the national catalogue entry.
    timings: timings(20, "CALENDAR_DAYS", "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 150000,
        description:
          // unverified: amount not yet checked against TT 38/2022/TT-BTC.
          "Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng cho cá nhân: 150.000 đồng/chứng chỉ (Thông tư 38/2022/TT-BTC).",
      },
    ],
    agencyCodes: [DEPT.construction],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Nội dung đề nghị",
          fields: [
            {
              name: "practiceField",
              label: "Lĩnh vực hành nghề",
              type: "select",
              required: true,
              options: options(
                "Khảo sát xây dựng",
                "Thiết kế xây dựng",
                "Giám sát thi công xây dựng",
                "Định giá xây dựng",
                "Quản lý dự án",
              ),
            },
            {
              name: "grade",
              label: "Hạng chứng chỉ",
              type: "select",
              required: true,
              options: options("Hạng II", "Hạng III"),
            },
            {
              name: "degree",
              label: "Trình độ chuyên môn (văn bằng, chuyên ngành)",
              type: "text",
              required: true,
              maxLength: 255,
            },
            { name: "yearsOfExperience", label: "Số năm kinh nghiệm", type: "number", required: true },
          ],
        },
      ],
    },
  },
];

// ───────────── Đất đai (land) ─────────────

const LAND_LAW =
  // unverified: NĐ 151/2025/NĐ-CP cited from memory, number and title not checked.
  "Luật Đất đai số 31/2024/QH15; Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận; Nghị định số 151/2025/NĐ-CP về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực đất đai; Thông tư số 85/2019/TT-BTC.";

const land: ProcedureSeed[] = [
  {
    code: "1.004227", // unverified: national code from memory
    name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn",
    fieldCode: FIELD.land,
    authorityLevel: "PROVINCE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người sử dụng đất nộp hồ sơ đăng ký biến động; Giấy chứng nhận đã cấp (bản gốc) nộp bản giấy tại quầy hoặc qua bưu chính.",
      "Văn phòng đăng ký đất đai (Sở Nông nghiệp và Môi trường) kiểm tra hồ sơ, gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính.",
      "Người sử dụng đất nộp thuế, lệ phí theo thông báo của cơ quan thuế (hồ sơ ở trạng thái chờ thực hiện nghĩa vụ tài chính).",
      "Chỉnh lý Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới; cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai; trả kết quả.",
    ),
    method: method("PROVINCE"),
    applicants: "Hộ gia đình, cá nhân, tổ chức sử dụng đất, chủ sở hữu tài sản gắn liền với đất.",
    conditions:
      "Có Giấy chứng nhận; đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên; trong thời hạn sử dụng đất (Luật Đất đai 2024, Điều 45).",
    result: "Giấy chứng nhận được chỉnh lý biến động hoặc Giấy chứng nhận mới.",
    legalBasis: LAND_LAW,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Giấy chứng nhận đã cấp",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        note: "Bản gốc nộp bản giấy tại quầy hoặc qua bưu chính; khi nộp trực tuyến tải lên bản quét.",
      },
      {
        name: "Hợp đồng, văn bản về chuyển nhượng, tặng cho, thừa kế, góp vốn quyền sử dụng đất đã được công chứng hoặc chứng thực",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ hoặc giấy tờ chứng minh được miễn",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
    ],
    timings: timings(
      10,
      "WORKING_DAYS",
      // unverified: processing time not yet checked against NĐ 101/2024/NĐ-CP.
      "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian thực hiện nghĩa vụ tài chính",
    ),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 50000,
        description:
          // unverified: the provincial People's Council resolution is not cited yet.
          "Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới): mức do HĐND tỉnh quy định. Thuế, lệ phí trước bạ nộp theo thông báo của cơ quan thuế.",
      },
      {
        kind: "FEE",
        amountVnd: 500000,
        // unverified: the provincial People's Council resolution is not cited yet.
        description: "Phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất: mức do HĐND tỉnh quy định.",
      },
    ],
    agencyCodes: [DEPT.agricultureEnvironment],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người đăng ký biến động"),
        {
          title: "Thông tin thửa đất và biến động",
          fields: [
            {
              name: "certificateNumber",
              label: "Số phát hành Giấy chứng nhận",
              type: "text",
              required: true,
              maxLength: 30,
            },
            { name: "parcelNumber", label: "Thửa đất số", type: "text", required: true, maxLength: 20 },
            { name: "mapSheetNumber", label: "Tờ bản đồ số", type: "text", required: true, maxLength: 20 },
            { name: "landAddress", label: "Địa chỉ thửa đất", type: "text", required: true, maxLength: 255 },
            {
              name: "changeType",
              label: "Nội dung biến động",
              type: "select",
              required: true,
              options: options("Chuyển đổi", "Chuyển nhượng", "Thừa kế", "Tặng cho", "Góp vốn"),
            },
            {
              name: "counterpartyName",
              label: "Bên nhận quyền (họ tên hoặc tên tổ chức)",
              type: "text",
              required: true,
              maxLength: 255,
            },
            { name: "counterpartyPersonalId", label: "Số định danh cá nhân của bên nhận", type: "personalId" },
          ],
        },
      ],
    },
  },
  {
    code: "1.012795", // unverified: national code from memory
    name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân",
    fieldCode: FIELD.land,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người sử dụng đất nộp hồ sơ đăng ký, cấp Giấy chứng nhận lần đầu.",
      "UBND cấp xã kiểm tra hồ sơ, xác nhận hiện trạng, nguồn gốc sử dụng đất, tình trạng tranh chấp; niêm yết công khai kết quả kiểm tra trong 15 ngày.",
      "Văn phòng đăng ký đất đai trích đo địa chính (nếu cần), kiểm tra hồ sơ; gửi thông tin xác định nghĩa vụ tài chính đến cơ quan thuế.",
      "Chủ tịch UBND cấp xã ký Giấy chứng nhận sau khi người sử dụng đất hoàn thành nghĩa vụ tài chính; trả kết quả.",
    ),
    method: method("COMMUNE"),
    applicants: "Hộ gia đình, cá nhân đang sử dụng đất chưa được cấp Giấy chứng nhận.",
    conditions: "Đủ điều kiện cấp Giấy chứng nhận theo Luật Đất đai 2024, Điều 137–140.",
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
    legalBasis: LAND_LAW,
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Một trong các giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: false,
      },
      { name: "Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", copyType: "ORIGINAL", count: 1, required: false },
      {
        name: "Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về việc miễn, giảm nghĩa vụ tài chính (nếu có)",
        copyType: "COPY",
        count: 1,
        required: false,
      },
    ],
    timings: timings(
      20,
      "WORKING_DAYS",
      // unverified: processing time not yet checked against NĐ 101/2024/NĐ-CP.
      "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không tính thời gian niêm yết và thực hiện nghĩa vụ tài chính",
    ),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 100000,
        // unverified: the provincial People's Council resolution is not cited yet.
        description: "Lệ phí cấp Giấy chứng nhận lần đầu: mức do HĐND tỉnh quy định.",
      },
    ],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người sử dụng đất"),
        {
          title: "Thông tin thửa đất",
          fields: [
            { name: "landAddress", label: "Địa chỉ thửa đất", type: "text", required: true, maxLength: 255 },
            { name: "parcelNumber", label: "Thửa đất số", type: "text", maxLength: 20 },
            { name: "mapSheetNumber", label: "Tờ bản đồ số", type: "text", maxLength: 20 },
            { name: "areaM2", label: "Diện tích (m²)", type: "number", required: true },
            {
              name: "landUsePurpose",
              label: "Mục đích sử dụng",
              type: "select",
              required: true,
              options: options(
                "Đất ở",
                "Đất trồng cây lâu năm",
                "Đất trồng lúa",
                "Đất trồng cây hằng năm khác",
                "Đất nuôi trồng thủy sản",
              ),
            },
            { name: "originOfUse", label: "Nguồn gốc sử dụng đất", type: "textarea", required: true, maxLength: 2000 },
            { name: "usedSince", label: "Thời điểm bắt đầu sử dụng", type: "date" },
          ],
        },
      ],
    },
  },
];

// ───────────── Province-level services: judicial records, labour, health, education ─────────────

const provinceServices: ProcedureSeed[] = [
  {
    code: "2.000488", // unverified: national code from memory
    name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
    fieldCode: FIELD.judicialRecord,
    authorityLevel: "PROVINCE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người yêu cầu nộp tờ khai (trực tuyến qua Cổng Dịch vụ công/VNeID, tại quầy hoặc qua bưu chính) và nộp phí.",
      "Cơ quan cấp Phiếu tra cứu thông tin lý lịch tư pháp, xác minh tại các cơ quan liên quan nếu cần.",
      "Lập và ký Phiếu lý lịch tư pháp; trả kết quả bản giấy hoặc bản điện tử.",
    ),
    method: method("PROVINCE"),
    applicants: "Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam.",
    conditions:
      "Phiếu lý lịch tư pháp số 2 không được ủy quyền; cá nhân phải tự yêu cầu (Luật Lý lịch tư pháp, Điều 46).",
    result: "Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử).",
    legalBasis:
      // unverified: the 2025 transfer of this task to the provincial police is not cited yet.
      "Luật Lý lịch tư pháp số 28/2009/QH12; Nghị định số 111/2010/NĐ-CP; Thông tư số 244/2016/TT-BTC (phí cung cấp thông tin lý lịch tư pháp). Từ năm 2025 nhiệm vụ cấp Phiếu chuyển từ Sở Tư pháp sang Công an tỉnh.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      identityDocument("Bản chụp; không phải nộp nếu đã xác thực qua VNeID."),
      authorisation,
    ],
    timings: timings(
      10,
      "CALENDAR_DAYS",
      "Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ; trường hợp cần xác minh thêm không quá 15 ngày (Luật Lý lịch tư pháp, Điều 48)",
    ),
    fees: [
      {
        kind: "FEE",
        amountVnd: 200000,
        description:
          "Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng; trẻ em, người cao tuổi, người khuyết tật, hộ nghèo được miễn; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu (Thông tư 244/2016/TT-BTC).",
      },
    ],
    agencyCodes: [DEPT.police],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người yêu cầu", [
          {
            name: "applicantGender",
            label: "Giới tính",
            type: "select",
            required: true,
            prefill: "gender",
            options: GENDER,
          },
          { name: "fatherName", label: "Họ tên cha", type: "text", required: true, maxLength: 100 },
          { name: "motherName", label: "Họ tên mẹ", type: "text", required: true, maxLength: 100 },
          { name: "spouseName", label: "Họ tên vợ/chồng", type: "text", maxLength: 100 },
        ]),
        {
          title: "Nội dung yêu cầu",
          fields: [
            {
              name: "recordType",
              label: "Loại Phiếu",
              type: "select",
              required: true,
              options: options("Phiếu số 1", "Phiếu số 2"),
            },
            { name: "purpose", label: "Mục đích sử dụng", type: "text", required: true, maxLength: 255 },
            { name: "copies", label: "Số lượng Phiếu", type: "number", required: true },
            {
              name: "residenceHistory",
              label: "Quá trình cư trú (từ đủ 14 tuổi)",
              type: "textarea",
              required: true,
              maxLength: 4000,
              help: "Ghi từng giai đoạn: từ tháng/năm đến tháng/năm, nơi cư trú, nghề nghiệp, nơi làm việc.",
            },
          ],
        },
      ],
    },
  },
  {
    code: "1.000105", // unverified: national code from memory
    name: "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
    fieldCode: FIELD.labour,
    authorityLevel: "PROVINCE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người sử dụng lao động nộp hồ sơ đề nghị cấp giấy phép lao động trước ít nhất 15 ngày kể từ ngày người lao động nước ngoài dự kiến bắt đầu làm việc.",
      "Sở Nội vụ kiểm tra hồ sơ; thông báo bổ sung nếu chưa hợp lệ.",
      "Cấp giấy phép lao động; trường hợp không cấp thì trả lời bằng văn bản và nêu rõ lý do.",
    ),
    method: method("PROVINCE"),
    applicants: "Người sử dụng lao động (doanh nghiệp, cơ quan, tổ chức) sử dụng người lao động nước ngoài.",
    conditions:
      "Người lao động đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ; có trình độ chuyên môn, kinh nghiệm phù hợp; có sức khỏe; không đang chấp hành hình phạt; vị trí việc làm đã được chấp thuận nhu cầu sử dụng (Bộ luật Lao động 2019, Điều 151).",
    result: "Giấy phép lao động (thời hạn tối đa 02 năm).",
    legalBasis:
      // unverified: NĐ 219/2025/NĐ-CP cited from memory, number and title not checked.
      "Bộ luật Lao động số 45/2019/QH14; Nghị định số 219/2025/NĐ-CP về người lao động nước ngoài làm việc tại Việt Nam; Thông tư số 85/2019/TT-BTC (lệ phí cấp giấy phép lao động do HĐND tỉnh quy định).",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      {
        name: "Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe có giá trị trong 12 tháng",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: true,
      },
      {
        name: "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang chấp hành hình phạt, cấp không quá 06 tháng",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
        note: "Giấy tờ nước ngoài phải được hợp pháp hóa lãnh sự và dịch ra tiếng Việt có chứng thực, trừ trường hợp được miễn.",
      },
      {
        name: "Văn bằng, chứng chỉ hoặc giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia, lao động kỹ thuật",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
      },
      { name: "Hộ chiếu còn giá trị và 02 ảnh màu cỡ 4×6 cm nền trắng", copyType: "COPY", count: 1, required: true },
    ],
    // unverified: processing time not yet checked against NĐ 219/2025/NĐ-CP.
    timings: timings(10, "WORKING_DAYS", "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [
      {
        kind: "CHARGE",
        amountVnd: 600000,
        // unverified: the provincial People's Council resolution is not cited yet.
        description: "Lệ phí cấp giấy phép lao động: mức do HĐND tỉnh quy định.",
      },
    ],
    agencyCodes: [DEPT.homeAffairs],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người nộp hồ sơ (đại diện người sử dụng lao động)", [
          { name: "employerName", label: "Tên người sử dụng lao động", type: "text", required: true, maxLength: 255 },
          {
            name: "employerTaxCode",
            label: "Mã số doanh nghiệp/mã số thuế",
            type: "text",
            required: true,
            maxLength: 14,
          },
          { name: "employerAddress", label: "Địa chỉ trụ sở", type: "text", required: true, maxLength: 255 },
        ]),
        {
          title: "Thông tin người lao động nước ngoài",
          fields: [
            { name: "workerName", label: "Họ và tên (theo hộ chiếu)", type: "text", required: true, maxLength: 100 },
            { name: "workerNationality", label: "Quốc tịch", type: "text", required: true, maxLength: 50 },
            { name: "passportNumber", label: "Số hộ chiếu", type: "text", required: true, maxLength: 20 },
            {
              name: "jobPosition",
              label: "Vị trí công việc",
              type: "select",
              required: true,
              options: options("Nhà quản lý", "Giám đốc điều hành", "Chuyên gia", "Lao động kỹ thuật"),
            },
            { name: "workStartDate", label: "Thời hạn làm việc từ ngày", type: "date", required: true },
            { name: "workEndDate", label: "Đến ngày", type: "date", required: true },
          ],
        },
      ],
    },
  },
  {
    code: "1.001978", // unverified: national code from memory
    name: "Giải quyết hưởng trợ cấp thất nghiệp",
    fieldCode: FIELD.labour,
    authorityLevel: "PROVINCE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người lao động nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động.",
      "Trung tâm Dịch vụ việc làm (thuộc Sở Nội vụ) kiểm tra hồ sơ, xác nhận thời gian đóng bảo hiểm thất nghiệp.",
      "Giám đốc Sở Nội vụ ra quyết định hưởng trợ cấp thất nghiệp; cơ quan bảo hiểm xã hội chi trả.",
    ),
    method: method("PROVINCE"),
    applicants: "Người lao động đang đóng bảo hiểm thất nghiệp đã chấm dứt hợp đồng lao động, hợp đồng làm việc.",
    conditions:
      // unverified: conditions to be checked against Luật Việc làm 2025 (74/2025/QH15).
      "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng; chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ; không thuộc trường hợp đơn phương chấm dứt hợp đồng trái pháp luật.",
    result: "Quyết định hưởng trợ cấp thất nghiệp.",
    legalBasis:
      // unverified: Luật Việc làm 74/2025/QH15 and its effective date cited from memory.
      "Luật Việc làm số 38/2013/QH13, được thay thế bởi Luật Việc làm số 74/2025/QH15 từ ngày 01/01/2026; Nghị định số 28/2015/NĐ-CP (sửa đổi bởi Nghị định số 61/2020/NĐ-CP); Thông tư số 15/2023/TT-BLĐTBXH.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      { name: "Đề nghị hưởng trợ cấp thất nghiệp (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Hợp đồng lao động đã hết hạn, quyết định thôi việc hoặc giấy tờ xác nhận chấm dứt hợp đồng lao động",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: true,
        note: "Có thể nộp bản chính hoặc bản sao có chứng thực.",
      },
      {
        name: "Sổ bảo hiểm xã hội",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: false,
        note: "Không phải nộp nếu thông tin đóng bảo hiểm được khai thác từ cơ sở dữ liệu của cơ quan bảo hiểm xã hội.",
      },
    ],
    // unverified: processing time not yet checked against the national catalogue entry.
    timings: timings(20, "CALENDAR_DAYS", "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [{ kind: "FEE", amountVnd: 0, description: "Không thu phí, lệ phí." }],
    agencyCodes: [DEPT.homeAffairs],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người lao động"),
        {
          title: "Quá trình làm việc và nhận trợ cấp",
          fields: [
            {
              name: "socialInsuranceNumber",
              label: "Mã số bảo hiểm xã hội",
              type: "text",
              required: true,
              maxLength: 10,
            },
            {
              name: "formerEmployer",
              label: "Đơn vị làm việc trước khi thất nghiệp",
              type: "text",
              required: true,
              maxLength: 255,
            },
            { name: "contractEndDate", label: "Ngày chấm dứt hợp đồng lao động", type: "date", required: true },
            { name: "terminationReason", label: "Lý do chấm dứt hợp đồng", type: "textarea", maxLength: 1000 },
            { name: "bankAccount", label: "Số tài khoản nhận trợ cấp", type: "text", maxLength: 30 },
            { name: "bankName", label: "Ngân hàng", type: "text", maxLength: 100 },
          ],
        },
      ],
    },
  },
  {
    code: "1.004616", // unverified: national code from memory
    name: "Cấp Chứng chỉ hành nghề dược (bao gồm cả trường hợp cấp lại do bị thu hồi) theo hình thức xét hồ sơ",
    fieldCode: FIELD.pharmacy,
    authorityLevel: "PROVINCE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Người đề nghị nộp hồ sơ và phí thẩm định.",
      "Sở Y tế kiểm tra hồ sơ; thông báo sửa đổi, bổ sung nếu chưa hợp lệ.",
      "Hội đồng tư vấn cấp chứng chỉ hành nghề dược xem xét; Giám đốc Sở Y tế cấp Chứng chỉ hành nghề dược.",
    ),
    method: method("PROVINCE"),
    applicants: "Cá nhân đề nghị cấp Chứng chỉ hành nghề dược.",
    conditions:
      "Có văn bằng chuyên môn phù hợp; có thời gian thực hành chuyên môn theo quy định; đủ sức khỏe; không đang bị truy cứu trách nhiệm hình sự (Luật Dược 2016, Điều 13–14).",
    result: "Chứng chỉ hành nghề dược.",
    legalBasis:
      "Luật Dược số 105/2016/QH13 (sửa đổi, bổ sung bởi Luật số 44/2024/QH15); Nghị định số 54/2017/NĐ-CP (sửa đổi bởi Nghị định số 155/2018/NĐ-CP); Thông tư số 277/2016/TT-BTC (phí thẩm định trong lĩnh vực dược).",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: true,
    components: [
      { name: "Đơn đề nghị cấp Chứng chỉ hành nghề dược (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Ảnh chân dung cỡ 4×6 cm chụp trong thời gian không quá 06 tháng",
        copyType: "ORIGINAL",
        count: 2,
        required: true,
      },
      { name: "Văn bằng chuyên môn", copyType: "CERTIFIED_COPY", count: 1, required: true },
      { name: "Giấy chứng nhận đủ sức khỏe để hành nghề dược", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Giấy xác nhận thời gian thực hành chuyên môn (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
    ],
    timings: timings(20, "CALENDAR_DAYS", "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Dược 2016, Điều 27)"),
    fees: [
      {
        kind: "FEE",
        amountVnd: 500000,
        description:
          // unverified: amount not yet checked against TT 277/2016/TT-BTC.
          "Phí thẩm định điều kiện cấp Chứng chỉ hành nghề dược: 500.000 đồng/hồ sơ (Thông tư 277/2016/TT-BTC).",
      },
    ],
    agencyCodes: [DEPT.health],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Nội dung đề nghị",
          fields: [
            {
              name: "degree",
              label: "Văn bằng chuyên môn",
              type: "select",
              required: true,
              options: options(
                "Dược sĩ đại học",
                "Dược sĩ cao đẳng",
                "Dược sĩ trung cấp",
                "Y sĩ",
                "Văn bằng y học cổ truyền",
              ),
            },
            {
              name: "practiceScope",
              label: "Phạm vi hoạt động chuyên môn đề nghị",
              type: "textarea",
              required: true,
              maxLength: 2000,
            },
            {
              name: "practiceFacility",
              label: "Cơ sở đã thực hành chuyên môn",
              type: "text",
              required: true,
              maxLength: 255,
            },
            { name: "practiceMonths", label: "Thời gian thực hành (tháng)", type: "number", required: true },
          ],
        },
      ],
    },
  },
  {
    code: "1.005088", // unverified: national code from memory
    name: "Chuyển trường đối với học sinh trung học phổ thông",
    fieldCode: FIELD.education,
    authorityLevel: "PROVINCE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Cha, mẹ hoặc người giám hộ học sinh nộp hồ sơ đề nghị chuyển trường.",
      "Sở Giáo dục và Đào tạo kiểm tra hồ sơ, giới thiệu học sinh về trường nơi chuyển đến.",
      "Hiệu trưởng trường nơi đến tiếp nhận và xếp học sinh vào lớp.",
    ),
    method: method("PROVINCE"),
    applicants: "Cha, mẹ hoặc người giám hộ của học sinh trung học phổ thông.",
    conditions:
      "Học sinh chuyển trường do thay đổi nơi cư trú theo cha mẹ hoặc có lý do chính đáng; thời điểm chuyển trường theo quy định.",
    result: "Giấy giới thiệu chuyển trường.",
    legalBasis:
      "Luật Giáo dục số 43/2019/QH14; Quyết định số 51/2002/QĐ-BGDĐT (sửa đổi bởi Thông tư số 50/2021/TT-BGDĐT) về chuyển trường và tiếp nhận học sinh học tại trường trung học.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Học bạ",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        note: "Nộp bản giấy tại quầy hoặc qua bưu chính nếu chưa có học bạ số.",
      },
      {
        name: "Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      {
        name: "Bằng tốt nghiệp trung học cơ sở hoặc giấy chứng nhận tốt nghiệp tạm thời (đối với học sinh lớp 10)",
        copyType: "CERTIFIED_COPY",
        count: 1,
        required: false,
      },
    ],
    // unverified: processing time not yet checked against the national catalogue entry.
    timings: timings(3, "WORKING_DAYS", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [{ kind: "FEE", amountVnd: 0, description: "Không thu phí, lệ phí." }],
    agencyCodes: [DEPT.education],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin cha, mẹ hoặc người giám hộ"),
        {
          title: "Thông tin học sinh",
          fields: [
            { name: "studentName", label: "Họ và tên học sinh", type: "text", required: true, maxLength: 100 },
            { name: "studentBirthDate", label: "Ngày sinh", type: "date", required: true },
            {
              name: "studentPersonalId",
              label: "Số định danh cá nhân của học sinh",
              type: "personalId",
              required: true,
            },
            { name: "grade", label: "Lớp", type: "select", required: true, options: options("10", "11", "12") },
            { name: "currentSchool", label: "Trường đang học", type: "text", required: true, maxLength: 255 },
            { name: "targetSchool", label: "Trường xin chuyển đến", type: "text", required: true, maxLength: 255 },
            { name: "reason", label: "Lý do chuyển trường", type: "textarea", required: true, maxLength: 1000 },
          ],
        },
      ],
    },
  },
  {
    code: "2.001914", // unverified: national code from memory
    name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    fieldCode: FIELD.education,
    authorityLevel: "PROVINCE",
    serviceLevel: "FULL_ONLINE",
    steps: steps(
      "Người yêu cầu nộp đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc.",
      "Sở Giáo dục và Đào tạo kiểm tra, đối chiếu với sổ gốc cấp văn bằng, chứng chỉ.",
      "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc và ghi vào sổ cấp bản sao; trả kết quả.",
    ),
    method: method("PROVINCE"),
    applicants:
      "Người được cấp văn bằng, chứng chỉ; người đại diện theo pháp luật, người được ủy quyền; cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế của người đã chết.",
    result: "Bản sao văn bằng, chứng chỉ từ sổ gốc.",
    legalBasis:
      "Nghị định số 23/2015/NĐ-CP; Thông tư số 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (theo mẫu)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
      },
      identityDocument(),
      authorisation,
    ],
    timings: timings(
      0,
      "WORKING_DAYS",
      "Ngay trong ngày tiếp nhận yêu cầu (sau 15 giờ thì trong ngày làm việc tiếp theo); trường hợp cần xác minh thì không quá 03 ngày làm việc",
    ),
    fees: [
      {
        kind: "FEE",
        amountVnd: 0,
        // unverified: some provinces charge a copy fee under TT 226/2016/TT-BTC; not checked for Tây Ninh.
        description: "Không thu phí.",
      },
    ],
    agencyCodes: [DEPT.education],
    formDefinition: {
      version: 1,
      sections: [
        applicantSection(),
        {
          title: "Văn bằng, chứng chỉ",
          fields: [
            {
              name: "certificateType",
              label: "Loại văn bằng, chứng chỉ",
              type: "select",
              required: true,
              options: options(
                "Bằng tốt nghiệp trung học phổ thông",
                "Bằng tốt nghiệp trung học cơ sở",
                "Chứng chỉ ngoại ngữ, tin học",
              ),
            },
            {
              name: "holderName",
              label: "Họ tên người được cấp văn bằng",
              type: "text",
              required: true,
              maxLength: 100,
            },
            { name: "schoolName", label: "Trường/hội đồng thi", type: "text", required: true, maxLength: 255 },
            { name: "graduationYear", label: "Năm tốt nghiệp", type: "number", required: true },
            { name: "certificateNumber", label: "Số hiệu văn bằng (nếu biết)", type: "text", maxLength: 30 },
            { name: "copies", label: "Số bản sao", type: "number", required: true },
          ],
        },
      ],
    },
  },
];

// ───────────── Social protection and people with merit, commune level ─────────────

const socialServices: ProcedureSeed[] = [
  {
    code: "1.001776", // unverified: national code from memory
    name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
    fieldCode: FIELD.socialProtection,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Đối tượng hoặc người giám hộ nộp tờ khai đề nghị trợ giúp xã hội.",
      "Công chức văn hóa - xã hội kiểm tra, tổ chức xét duyệt và niêm yết công khai kết quả tại trụ sở UBND cấp xã.",
      "Chủ tịch UBND cấp xã quyết định trợ cấp xã hội hằng tháng (hoặc điều chỉnh, thôi hưởng); chi trả từ tháng ký quyết định.",
    ),
    method: method("COMMUNE"),
    applicants:
      "Đối tượng bảo trợ xã hội (trẻ em mồ côi, người cao tuổi, người khuyết tật nặng, người đơn thân nghèo nuôi con...) hoặc người giám hộ.",
    conditions: "Thuộc đối tượng quy định tại Điều 5 Nghị định 20/2021/NĐ-CP.",
    result: "Quyết định trợ cấp xã hội hằng tháng hoặc quyết định điều chỉnh, thôi hưởng.",
    legalBasis:
      "Luật Người cao tuổi số 39/2009/QH12; Luật Người khuyết tật số 51/2010/QH12; Nghị định số 20/2021/NĐ-CP (sửa đổi bởi Nghị định số 76/2024/NĐ-CP) về chính sách trợ giúp xã hội; Thông tư số 02/2021/TT-BLĐTBXH.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      {
        name: "Tờ khai đề nghị trợ giúp xã hội (theo mẫu tương ứng với từng đối tượng)",
        copyType: "ORIGINAL",
        count: 1,
        required: true,
        satisfiedByEForm: true,
      },
      { name: "Giấy xác nhận khuyết tật (đối với người khuyết tật)", copyType: "COPY", count: 1, required: false },
      {
        name: "Giấy tờ chứng minh đối tượng (giấy chứng nhận hộ nghèo, giấy báo tử của cha/mẹ, kết luận của cơ quan y tế...)",
        copyType: "ORIGINAL_OR_COPY",
        count: 1,
        required: false,
        note: "Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành.",
      },
    ],
    timings: timings(
      10,
      "WORKING_DAYS",
      // unverified: processing time not yet checked against the national catalogue entry.
      "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không tính thời gian niêm yết công khai",
    ),
    fees: [{ kind: "FEE", amountVnd: 0, description: "Không thu phí, lệ phí." }],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin người nộp hồ sơ (đối tượng hoặc người giám hộ)"),
        {
          title: "Thông tin đối tượng hưởng trợ cấp",
          fields: [
            { name: "beneficiaryName", label: "Họ và tên", type: "text", required: true, maxLength: 100 },
            { name: "beneficiaryPersonalId", label: "Số định danh cá nhân", type: "personalId", required: true },
            { name: "beneficiaryBirthDate", label: "Ngày sinh", type: "date", required: true },
            {
              name: "beneficiaryGroup",
              label: "Nhóm đối tượng",
              type: "select",
              required: true,
              options: options(
                "Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng",
                "Người cao tuổi",
                "Người khuyết tật nặng, đặc biệt nặng",
                "Người đơn thân nghèo đang nuôi con",
                "Người nhiễm HIV/AIDS thuộc hộ nghèo",
              ),
            },
            {
              name: "requestType",
              label: "Đề nghị",
              type: "select",
              required: true,
              options: options("Thực hiện", "Điều chỉnh", "Thôi hưởng"),
            },
            { name: "bankAccount", label: "Số tài khoản nhận trợ cấp (nếu có)", type: "text", maxLength: 30 },
          ],
        },
      ],
    },
  },
  {
    code: "1.010824", // unverified: national code from memory
    name: "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần",
    fieldCode: FIELD.merit,
    authorityLevel: "COMMUNE",
    serviceLevel: "PARTIAL_ONLINE",
    steps: steps(
      "Thân nhân hoặc người tổ chức mai táng nộp bản khai và giấy tờ kèm theo.",
      "UBND cấp xã kiểm tra, xác nhận bản khai; đối chiếu hồ sơ người có công đang quản lý.",
      // unverified: competent level after the 2025 two-level reorganisation not checked.
      "Ra quyết định trợ cấp mai táng phí, trợ cấp một lần; chi trả cho người nhận.",
    ),
    method: method("COMMUNE"),
    applicants: "Thân nhân của người có công với cách mạng đã từ trần hoặc người tổ chức mai táng.",
    conditions:
      "Người từ trần đang hưởng trợ cấp ưu đãi người có công hằng tháng hoặc thuộc đối tượng quy định tại Pháp lệnh Ưu đãi người có công.",
    result: "Quyết định trợ cấp mai táng phí, trợ cấp một lần.",
    legalBasis:
      "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định số 131/2021/NĐ-CP (sửa đổi bởi Nghị định số 55/2023/NĐ-CP); Nghị định số 75/2021/NĐ-CP về mức hưởng trợ cấp.",
    requiresPersonalPresence: false,
    paymentBeforeProcessing: false,
    components: [
      { name: "Bản khai của thân nhân (theo mẫu)", copyType: "ORIGINAL", count: 1, required: true },
      {
        name: "Giấy chứng tử hoặc trích lục khai tử",
        copyType: "COPY",
        count: 1,
        required: true,
        note: "Không phải nộp nếu thông tin khai tử đã có trong Cơ sở dữ liệu hộ tịch điện tử.",
      },
      {
        name: "Biên bản ủy quyền của các thân nhân cho một người nhận trợ cấp (nếu có nhiều thân nhân)",
        copyType: "ORIGINAL",
        count: 1,
        required: false,
      },
    ],
    // unverified: processing time not yet checked against the national catalogue entry.
    timings: timings(12, "WORKING_DAYS", "12 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
    fees: [{ kind: "FEE", amountVnd: 0, description: "Không thu phí, lệ phí." }],
    agencyCodes: communeAgencyCodes,
    formDefinition: {
      version: 1,
      sections: [
        applicantSection("Thông tin thân nhân", [
          {
            name: "relationshipToDeceased",
            label: "Quan hệ với người từ trần",
            type: "text",
            required: true,
            maxLength: 50,
          },
        ]),
        {
          title: "Thông tin người có công đã từ trần",
          fields: [
            { name: "deceasedName", label: "Họ và tên", type: "text", required: true, maxLength: 100 },
            {
              name: "deceasedMeritType",
              label: "Diện người có công",
              type: "select",
              required: true,
              options: options(
                "Thương binh",
                "Bệnh binh",
                "Người hoạt động kháng chiến bị nhiễm chất độc hóa học",
                "Người hoạt động cách mạng, kháng chiến",
                "Người có công giúp đỡ cách mạng",
              ),
            },
            { name: "meritRecordNumber", label: "Số hồ sơ người có công (nếu biết)", type: "text", maxLength: 30 },
            { name: "dateOfDeath", label: "Ngày từ trần", type: "date", required: true },
            { name: "bankAccount", label: "Số tài khoản nhận trợ cấp (nếu có)", type: "text", maxLength: 30 },
          ],
        },
      ],
    },
  },
];

export const procedures: ProcedureSeed[] = [
  ...civilStatus,
  ...authentication,
  ...business,
  ...construction,
  ...land,
  ...provinceServices,
  ...socialServices,
];
