import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { internalMarkers } from "../text/internal-markers";
import { billLines, billTotal, feeName, withoutInternalMarkers, type BillInput } from "./bill-lines";

const TRICH_LUC = "Cấp bản sao trích lục hộ tịch";
const perCopy = {
  kind: "FEE" as const,
  amountVnd: 8000,
  quantityField: "copies",
  unitName: "bản",
  description:
    "Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC, verify).",
};
const postage = { description: "Cước chuyển phát kết quả qua bưu chính (Nội tỉnh, đến 100 g)", amountVnd: 15000 };
const bill = (over: Partial<BillInput>): BillInput => ({
  procedureName: TRICH_LUC,
  fees: [perCopy],
  answers: { copies: "2" },
  labels: { copies: "Số bản sao" },
  postage: null,
  ...over,
});

describe("bill lines", () => {
  it("bills a per-copy fee as unit price × quantity, then the postage", () => {
    const lines = billLines(bill({ postage }));
    expect(lines).toEqual([
      { kind: "FEE", description: "Phí cấp bản sao trích lục hộ tịch: 2 bản × 8.000 đồng", amountVnd: 16000 },
      {
        kind: "POSTAGE",
        description: "Cước chuyển phát kết quả qua bưu chính (Nội tỉnh, đến 100 g)",
        amountVnd: 15000,
      },
    ]);
    expect(billTotal(lines)).toBe(31000);
  });

  it("bills a fee fixed per dossier once, whatever the answers, and not the waived ones", () => {
    const lines = billLines(
      bill({
        procedureName: "Cấp Giấy xác nhận tình trạng hôn nhân",
        fees: [
          {
            kind: "CHARGE",
            amountVnd: 15000,
            description: "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân: mức do HĐND tỉnh quy định (verify).",
          },
          { kind: "FEE", amountVnd: 0, description: "Không thu phí." },
        ],
        answers: { copies: "3" },
      }),
    );
    expect(lines).toEqual([
      { kind: "CHARGE", description: "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", amountVnd: 15000 },
    ]);
    expect(billLines(bill({ fees: [] }))).toEqual([]);
  });

  it.each([["0"], ["-2"], ["2.5"], ["2,5"], ["hai"], [""], ["101"], ["100000000"]])(
    "refuses the quantity “%s” with a Vietnamese message naming the answer",
    (copies) => {
      const refuse = () => billLines(bill({ answers: { copies } }));
      expect(refuse).toThrow(AppError);
      expect(refuse).toThrow(/^Mục “Số bản sao” phải là một số nguyên từ 1 đến 100/);
    },
  );

  it("accepts 1 and 100 copies", () => {
    expect(billTotal(billLines(bill({ answers: { copies: "1" } })))).toBe(8000);
    expect(billTotal(billLines(bill({ answers: { copies: " 100 " } })))).toBe(800000);
  });
});

describe("fee names on bills and receipts", () => {
  it("takes the description's heading, without the tariff, references or editors' notes", () => {
    expect(feeName(perCopy, TRICH_LUC)).toBe("Phí cấp bản sao trích lục hộ tịch");
    expect(
      feeName(
        { kind: "FEE", description: "Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (TT 47/2019)." },
        "Đăng ký thành lập doanh nghiệp",
      ),
    ).toBe("Phí công bố nội dung đăng ký doanh nghiệp");
  });

  it("names a fee whose description has no heading after its kind and the procedure", () => {
    expect(
      feeName(
        { kind: "FEE", description: "10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC, verify)." },
        "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ)",
      ),
    ).toBe("Phí chứng thực chữ ký trong các giấy tờ, văn bản");
  });

  it("never carries an internal marker", () => {
    for (const marker of ["(verify)", "(unverified)", "(TODO)", ", verify"]) {
      const name = feeName({ kind: "CHARGE", description: `Lệ phí ${marker}: 5.000 đồng` }, "X");
      expect(name).toBe("Lệ phí");
      expect(internalMarkers(name)).toEqual([]);
    }
    expect(withoutInternalMarkers("Phí cấp bản sao (Thông tư 281/2016/TT-BTC, verify): 2 bản × 8.000 đồng")).toBe(
      "Phí cấp bản sao: 2 bản × 8.000 đồng",
    );
    expect(withoutInternalMarkers("Cước chuyển phát (Nội tỉnh, đến 100 g)")).toBe(
      "Cước chuyển phát (Nội tỉnh, đến 100 g)",
    );
  });
});
