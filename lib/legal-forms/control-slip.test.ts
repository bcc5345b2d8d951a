import { describe, expect, it } from "vitest";
import { handOverRows } from "./control-slip";
import type { LegalFormSource } from "./source";

type Event = LegalFormSource["events"][number];
const at = (iso: string) => new Date(iso);
const event = (action: string, createdAt: string, dueAt: string | null, actor: string, note: string | null = null): Event => ({
  action, createdAt: at(createdAt), dueAt: dueAt ? at(dueAt) : null, note, actor: { fullName: actor }, agency: { name: "UBND phường Tân Ninh" },
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
});
