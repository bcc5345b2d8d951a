import { describe, expect, it } from "vitest";
import { handOverRows, opinionRows } from "./control-slip";
import type { LegalFormSource } from "./source";

type Event = LegalFormSource["events"][number];
const at = (iso: string) => new Date(iso);
const event = (
  action: string,
  createdAt: string,
  dueAt: string | null,
  actor: string,
  note: string | null = null,
): Event => ({
  action,
  createdAt: at(createdAt),
  dueAt: dueAt ? at(dueAt) : null,
  note,
  actor: { fullName: actor },
  agency: { name: "UBND phường Tân Ninh" },
});

describe("the hand-overs of Mẫu 05", () => {
  it("starts at reception, classifies each hand-over against the deadline of the step it ends, and names who received it", () => {
    const rows = handOverRows([
      event("SUBMIT", "2026-03-05T01:00:00Z", null, "Công dân"),
      event("RECEIVE", "2026-03-05T02:00:00Z", "2026-03-05T09:00:00Z", "Cán bộ một cửa"), // leader's step due 16:00
      event("ASSIGN", "2026-03-05T04:00:00Z", "2026-03-06T09:00:00Z", "Lãnh đạo", "Xử lý ngay"), // same day: on time
      event("RECORD_VERIFICATION", "2026-03-06T02:00:00Z", null, "Chuyên viên", "Đủ điều kiện"), // inside the step: not a hand-over
      event("PROPOSE_RESULT", "2026-03-09T02:00:00Z", "2026-03-10T09:00:00Z", "Chuyên viên"), // after the 06/03 deadline: late
      event("APPROVE", "2026-03-09T08:00:00Z", null, "Lãnh đạo"), // a day before the deadline: early
    ]);
    expect(rows.map((r) => [r.step, r.giver, r.receiver, r.stepDueAt?.toISOString() ?? null, r.result])).toEqual([
      ["Tiếp nhận hồ sơ", "Cán bộ một cửa", "Lãnh đạo", null, null],
      ["Phân công chuyên viên", "Lãnh đạo", "Chuyên viên", "2026-03-05T09:00:00.000Z", "ON_TIME"],
      ["Ghi nhận kết quả thẩm định", "Chuyên viên", "Chuyên viên", null, null],
      ["Trình lãnh đạo phê duyệt", "Chuyên viên", "Lãnh đạo", "2026-03-06T09:00:00.000Z", "LATE"],
      ["Phê duyệt kết quả", "Lãnh đạo", null, "2026-03-10T09:00:00.000Z", "EARLY"],
    ]);
    expect(rows[1].note).toBe("Xử lý ngay");
  });

  it("has no rows before reception", () => {
    expect(handOverRows([event("SUBMIT", "2026-03-05T01:00:00Z", null, "Công dân")])).toEqual([]);
  });

  it("gives each agency asked for an opinion its own row, against its own deadline, instead of the request and answer events", () => {
    const events = [
      event("RECEIVE", "2026-03-05T02:00:00Z", "2026-03-05T09:00:00Z", "Cán bộ một cửa"),
      event("REQUEST_OPINION", "2026-03-05T03:00:00Z", null, "Chuyên viên"),
      event("ANSWER_OPINION", "2026-03-06T03:00:00Z", null, "Chuyên viên Sở"),
    ];
    expect(handOverRows(events).map((r) => r.step)).toEqual(["Tiếp nhận hồ sơ"]);
    const consultation = (agency: string, answeredAt: string | null) => ({
      createdAt: at("2026-03-05T03:00:00Z"),
      dueAt: at("2026-03-09T10:00:00Z"),
      answeredAt: answeredAt ? at(answeredAt) : null,
      agency: { name: agency },
      requestedBy: { fullName: "Chuyên viên" },
      answeredBy: answeredAt ? { fullName: `Chuyên viên ${agency}` } : null,
    });
    const rows = opinionRows([
      consultation("Sở Xây dựng", "2026-03-06T03:00:00Z"),
      consultation("Công an", "2026-03-10T01:00:00Z"),
      consultation("Sở Tư pháp", null),
    ]);
    expect(rows.map((r) => [r.agency, r.receiver, r.result, r.note])).toEqual([
      ["Sở Xây dựng", "Chuyên viên Sở Xây dựng", "EARLY", "Đã trả lời lúc 10:00 ngày 06/03/2026"],
      ["Công an", "Chuyên viên Công an", "LATE", "Đã trả lời lúc 08:00 ngày 10/03/2026"],
      ["Sở Tư pháp", null, null, "Chưa trả lời"],
    ]);
  });
});
