import { describe, expect, it } from "vitest";
import {
  QUERY_REQUEST_FIELDS,
  signedData,
  signedQuery,
  signParams,
  signPiped,
  verifyParams,
  verifyPiped,
} from "./sign";
import { orderInfo, parseVnpDate, vnpDate } from "./protocol";

const SECRET = "local-simulator-secret-not-for-production-0001";
const PAY = {
  vnp_Version: "2.1.0",
  vnp_Command: "pay",
  vnp_TmnCode: "DVCTN001",
  vnp_Amount: "800000",
  vnp_CurrCode: "VND",
  vnp_TxnRef: "261201ABCDEF012345",
  vnp_OrderInfo: "Thanh toan phi le phi ho so H80.01-261201-0001",
  vnp_OrderType: "billpayment",
  vnp_Locale: "vn",
  vnp_ReturnUrl: "http://localhost:3000/api/payments/vnpay/return",
  vnp_IpAddr: "127.0.0.1",
  vnp_CreateDate: "20261201100000",
  vnp_ExpireDate: "20261201101500",
};
// Computed once (and checked with `openssl dgst -sha512 -hmac`), then fixed: a change of the
// encoding or the order breaks this test, as it would break every payment at the real gateway.
const PAY_HASH =
  "c846e6739e563b41da5e96282a99b6227c53fa5a04f476a55edacfc6fa976524c0f31c77c232d88382f81b4c13606b91702d3960f1992903c45ed53c9993e70b";

describe("VNPay 2.1.0 signing", () => {
  it("signs the sorted, URL-encoded parameters (spaces as +) with HMAC-SHA512", () => {
    expect(signedData(PAY)).toBe(
      "vnp_Amount=800000&vnp_Command=pay&vnp_CreateDate=20261201100000&vnp_CurrCode=VND&vnp_ExpireDate=20261201101500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn" +
        "&vnp_OrderInfo=Thanh+toan+phi+le+phi+ho+so+H80.01-261201-0001&vnp_OrderType=billpayment&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A3000%2Fapi%2Fpayments%2Fvnpay%2Freturn" +
        "&vnp_TmnCode=DVCTN001&vnp_TxnRef=261201ABCDEF012345&vnp_Version=2.1.0",
    );
    expect(signParams(PAY, SECRET)).toBe(PAY_HASH);
    expect(signedQuery(PAY, SECRET).endsWith(`&vnp_SecureHash=${PAY_HASH}`)).toBe(true);
  });

  it("verifies whatever the parameter order and hash case, and leaves the hash fields out", () => {
    const reversed = Object.fromEntries(Object.entries(PAY).reverse());
    expect(
      verifyParams({ ...reversed, vnp_SecureHash: PAY_HASH.toUpperCase(), vnp_SecureHashType: "HmacSHA512" }, SECRET),
    ).toBe(true);
  });

  it("refuses a tampered amount, a wrong secret, a missing or malformed hash", () => {
    expect(verifyParams({ ...PAY, vnp_Amount: "100", vnp_SecureHash: PAY_HASH }, SECRET)).toBe(false);
    expect(verifyParams({ ...PAY, vnp_SecureHash: PAY_HASH }, "another-secret-another-secret-0000000")).toBe(false);
    expect(verifyParams(PAY, SECRET)).toBe(false);
    expect(verifyParams({ ...PAY, vnp_SecureHash: "zz" }, SECRET)).toBe(false);
  });

  it("signs querydr fields joined by | in the protocol's order", () => {
    const q = {
      vnp_RequestId: "r1",
      vnp_Version: "2.1.0",
      vnp_Command: "querydr",
      vnp_TmnCode: "DVCTN001",
      vnp_TxnRef: "261201ABCDEF012345",
      vnp_TransactionDate: "20261201100000",
      vnp_CreateDate: "20261201103000",
      vnp_IpAddr: "127.0.0.1",
      vnp_OrderInfo: "Truy van",
    };
    const hash = signPiped(QUERY_REQUEST_FIELDS, q, SECRET);
    expect(hash).toBe(
      "560ca2cf87bbc3041212daa4f821a6af08a60b33cd7e39ef504e0ae99c4028cd715e7f62bb753e81ae19c7a7922b1f098a0114fac87459e1c1057558e4033201",
    );
    expect(verifyPiped(QUERY_REQUEST_FIELDS, { ...q, vnp_SecureHash: hash }, SECRET)).toBe(true);
    expect(verifyPiped(QUERY_REQUEST_FIELDS, { ...q, vnp_TxnRef: "OTHER", vnp_SecureHash: hash }, SECRET)).toBe(false);
  });
});

describe("protocol dates and order info", () => {
  it("writes and reads yyyyMMddHHmmss in Vietnam time (GMT+7)", () => {
    const d = new Date("2026-12-01T17:30:05Z");
    expect(vnpDate(d)).toBe("20261202003005");
    expect(parseVnpDate("20261202003005")).toEqual(d);
    expect(parseVnpDate("2026-12-02")).toBeNull();
  });

  it("strips diacritics and special characters from vnp_OrderInfo", () => {
    expect(orderInfo("Thanh toán lệ phí hồ sơ Đăng ký #1 & 2")).toBe("Thanh toan le phi ho so Dang ky 1 2");
  });
});
