// What the procedure pages actually show, read back from the seeded database through the same
// queries the pages use: no editor's marker ("verify", "TODO", "(?)", …) in any field.
import { describe, expect, it } from "vitest";
import { getProcedureByCode, listProcedures } from "../../lib/procedures/queries";
import { markedStrings } from "../../lib/text/internal-markers";

describe("published procedure pages", () => {
  it("carry no internal marker in any text of any published procedure", async () => {
    const list = await listProcedures();
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(markedStrings(list)).toEqual([]);
    for (const { code } of list) {
      const detail = await getProcedureByCode(code);
      expect(detail, code).not.toBeNull();
      expect(markedStrings(detail), code).toEqual([]);
    }
  });

  it("still shows the fee texts that used to carry one, now clean", async () => {
    const copy = await getProcedureByCode("2.000635");
    expect(copy?.fees.map((f) => f.description)).toContain(
      "Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC).",
    );
  });
});
