import { describe, expect, it } from "vitest";
import { at, calendar } from "../deadlines/test-calendar";
import { DossierStatus } from "../generated/prisma/enums";
import {
  assertGuards,
  electronicResultMissing,
  availableActions,
  GUARDS,
  guardRefusal,
  refusedActions,
  type GuardFacts,
  type RolesOnDossier,
} from "./guards";
import { WORKFLOW, WORKFLOW_ACTIONS } from "./workflow";

const facts = (f: Partial<GuardFacts>): GuardFacts => ({
  status: "PROCESSING",
  awaitingApproval: false,
  receivedAt: null,
  feesDueBeforeProcessing: false,
  electronicResultMissing: false,
  ...f,
});
const inAgency = (...agency: RolesOnDossier["agency"]): RolesOnDossier => ({ agency, receivingAgency: [] });
const context = { now: at("2026-03-10T10:00:00+07:00"), calendar };

describe("approval", () => {
  it("offers the specialist the proposal only until it is proposed", () => {
    expect(availableActions(facts({}), inAgency("SPECIALIST"), context)).toEqual([
      "RECORD_VERIFICATION",
      "REQUEST_OPINION",
      "ANSWER_OPINION",
      "REQUEST_SUPPLEMENT_IN_PROCESSING",
      "PROPOSE_RESULT",
      "REQUEST_PAYMENT",
    ]);
    expect(availableActions(facts({ awaitingApproval: true }), inAgency("SPECIALIST"), context)).toEqual([
      "RECORD_VERIFICATION",
      "REQUEST_OPINION",
      "ANSWER_OPINION",
      "REQUEST_SUPPLEMENT_IN_PROCESSING",
      "REQUEST_PAYMENT",
    ]);
    expect(guardRefusal("PROPOSE_RESULT", facts({ awaitingApproval: true }), context)).toBe(
      "Hồ sơ đã được trình, đang chờ lãnh đạo phê duyệt.",
    );
  });

  it("offers the leader the three decisions only once a result is proposed", () => {
    expect(availableActions(facts({}), inAgency("LEADER"), context)).toEqual([
      "ASSIGN",
      "ANSWER_OPINION",
      "ISSUE_REAPPOINTMENT",
      "STOP",
    ]);
    expect(availableActions(facts({ awaitingApproval: true }), inAgency("LEADER"), context)).toEqual([
      "ASSIGN",
      "ANSWER_OPINION",
      "ISSUE_REAPPOINTMENT",
      "SEND_BACK",
      "APPROVE",
      "REFUSE_AFTER_REVIEW",
      "STOP",
    ]);
    for (const decision of ["SEND_BACK", "APPROVE", "REFUSE_AFTER_REVIEW"] as const) {
      expect(guardRefusal(decision, facts({}), context)).toBe("Chuyên viên chưa trình kết quả để phê duyệt.");
    }
  });
});

describe("approval of a result asked for electronically", () => {
  const MISSING =
    "Người nộp đăng ký nhận kết quả bản điện tử nhưng hồ sơ chưa có tệp kết quả: hãy đính kèm tệp kết quả (PDF), hoặc ghi nhận kết quả chỉ cấp bản giấy và lý do, rồi phê duyệt.";
  const proposedWithoutFile = facts({ awaitingApproval: true, electronicResultMissing: true });

  it("refuses the approval, and only the approval, while the electronic result is missing", () => {
    expect(guardRefusal("APPROVE", proposedWithoutFile, context)).toBe(MISSING);
    expect(() => assertGuards("APPROVE", proposedWithoutFile, context)).toThrow(MISSING);
    // Sending back or refusing needs no result file.
    expect(guardRefusal("SEND_BACK", proposedWithoutFile, context)).toBeNull();
    expect(guardRefusal("REFUSE_AFTER_REVIEW", proposedWithoutFile, context)).toBeNull();
    expect(availableActions(proposedWithoutFile, inAgency("LEADER"), context)).toEqual([
      "ASSIGN",
      "ANSWER_OPINION",
      "ISSUE_REAPPOINTMENT",
      "SEND_BACK",
      "REFUSE_AFTER_REVIEW",
      "STOP",
    ]);
    // The page says why, in the command's words.
    expect(refusedActions(proposedWithoutFile, inAgency("LEADER"), context)).toEqual([
      { action: "APPROVE", refusal: MISSING },
    ]);
  });

  it("lets it through once the file is attached or the paper-only choice recorded", () => {
    const ready = facts({ awaitingApproval: true, electronicResultMissing: false });
    expect(guardRefusal("APPROVE", ready, context)).toBeNull();
    expect(refusedActions(ready, inAgency("LEADER"), context)).toEqual([]);
  });
});

describe("whether the electronic result is missing", () => {
  const base = { resultDelivery: "ELECTRONIC" as const, resultPaperOnlyReason: null, attachments: [] };
  it("is missing only when asked electronically with neither a result file nor a paper-only reason", () => {
    expect(electronicResultMissing(base)).toBe(true);
    expect(electronicResultMissing({ ...base, attachments: [{ kind: "APPLICATION" as const }] })).toBe(true);
    expect(electronicResultMissing({ ...base, attachments: [{ kind: "RESULT" as const }] })).toBe(false);
    expect(electronicResultMissing({ ...base, resultPaperOnlyReason: "Giấy phép cấp bản giấy có dấu nổi." })).toBe(
      false,
    );
    expect(electronicResultMissing({ ...base, resultDelivery: "COUNTER" })).toBe(false);
    expect(electronicResultMissing({ ...base, resultDelivery: "POST" })).toBe(false);
  });
});

describe("the 3-working-day supplement window after reception", () => {
  // Received Thursday 12 February 2026; Tết (14–22 February) is no working day:
  // day 1 is Friday 13, day 2 Monday 23, day 3 Tuesday 24.
  const received = facts({ receivedAt: at("2026-02-12T09:00:00+07:00") });
  const askedOn = (iso: string) =>
    guardRefusal("REQUEST_SUPPLEMENT_IN_PROCESSING", received, { calendar, now: at(iso) });

  it("is open through the third working day, holidays not counted", () => {
    expect(askedOn("2026-02-13T16:00:00+07:00")).toBeNull();
    expect(askedOn("2026-02-20T10:00:00+07:00")).toBeNull();
    expect(askedOn("2026-02-24T16:59:00+07:00")).toBeNull();
  });

  it("is closed from the fourth", () => {
    expect(askedOn("2026-02-25T08:00:00+07:00")).toBe(
      "Đã quá 03 ngày làm việc kể từ ngày tiếp nhận: không được yêu cầu bổ sung hồ sơ.",
    );
  });

  it("hides the request from the page when closed", () => {
    const late = { calendar, now: at("2026-02-25T08:00:00+07:00") };
    expect(availableActions(received, inAgency("SPECIALIST"), late)).not.toContain("REQUEST_SUPPLEMENT_IN_PROCESSING");
    expect(
      availableActions(received, inAgency("SPECIALIST"), { calendar, now: at("2026-02-24T08:00:00+07:00") }),
    ).toContain("REQUEST_SUPPLEMENT_IN_PROCESSING");
  });

  it("does not limit the request at reception", () => {
    expect(
      guardRefusal(
        "REQUEST_SUPPLEMENT",
        facts({ status: "SUBMITTED", receivedAt: at("2026-01-05T09:00:00+07:00") }),
        context,
      ),
    ).toBeNull();
  });
});

describe("fees before processing", () => {
  const unpaid = facts({ status: "RECEIVED", feesDueBeforeProcessing: true });
  const refusal =
    'Thủ tục này yêu cầu nộp phí, lệ phí trước khi xử lý: hãy "Yêu cầu nộp phí, lệ phí" và chờ người nộp thanh toán.';

  it("keeps an unpaid received dossier from processing, by either path", () => {
    expect(guardRefusal("START_PROCESSING", unpaid, context)).toBe(refusal);
    expect(guardRefusal("ASSIGN", unpaid, context)).toBe(refusal);
    expect(() => assertGuards("ASSIGN", unpaid, context)).toThrow(
      expect.objectContaining({ code: "TRANSITION_NOT_ALLOWED", message: refusal }),
    );
    expect(availableActions(unpaid, inAgency("LEADER", "SPECIALIST"), context)).toEqual(["REQUEST_PAYMENT", "STOP"]);
  });

  it("lets it go on once paid, and never stops a dossier already in processing", () => {
    expect(availableActions(facts({ status: "RECEIVED" }), inAgency("LEADER", "SPECIALIST"), context)).toEqual([
      "START_PROCESSING",
      "ASSIGN",
      "REQUEST_PAYMENT",
      "STOP",
    ]);
    expect(guardRefusal("ASSIGN", facts({ feesDueBeforeProcessing: true }), context)).toBeNull();
  });

  it("guards every action the table leads from RECEIVED to PROCESSING", () => {
    const intoProcessing = WORKFLOW_ACTIONS.filter(
      (a) => (WORKFLOW[a].from as readonly DossierStatus[]).includes("RECEIVED") && WORKFLOW[a].to === "PROCESSING",
    );
    expect(intoProcessing).toEqual(["START_PROCESSING", "ASSIGN"]);
    for (const a of intoProcessing) expect(guardRefusal(a, unpaid, context)).toBe(refusal);
    expect(Object.keys(GUARDS)).toEqual(expect.arrayContaining(intoProcessing));
  });
});

describe("returning the result", () => {
  const resolved = facts({ status: "RESOLVED" });

  it("is offered to a counter officer of the competent or of the receiving agency", () => {
    expect(availableActions(resolved, inAgency("COUNTER_OFFICER"), context)).toEqual(["RETURN_RESULT"]);
    expect(availableActions(resolved, { agency: [], receivingAgency: ["COUNTER_OFFICER"] }, context)).toEqual([
      "RETURN_RESULT",
    ]);
  });

  it("is not offered to other staff, nor to the post (its delivery returns the result)", () => {
    expect(availableActions(resolved, inAgency("LEADER", "SPECIALIST", "ADMIN"), context)).toEqual([]);
    expect(availableActions(resolved, inAgency("POSTAL_OFFICER"), context)).toEqual([]);
    expect(availableActions(resolved, { agency: [], receivingAgency: ["LEADER"] }, context)).toEqual([]);
  });

  it("counts the receiving agency's roles for nothing else", () => {
    expect(
      availableActions(facts({ status: "SUBMITTED" }), { agency: [], receivingAgency: ["COUNTER_OFFICER"] }, context),
    ).toEqual([]);
  });
});
