import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { handleNotification } from "../../lib/payments/commands/handle-notification";
import { handleReturn } from "../../lib/payments/commands/handle-return";
import { reconcilePayments } from "../../lib/payments/commands/reconcile-payments";
import { CASH_AMOUNT_MISMATCH, recordCashPayment } from "../../lib/payments/commands/record-cash-payment";
import { startOnlinePayment, TAMPERED } from "../../lib/payments/commands/start-online-payment";
import { gatewayConfig } from "../../lib/payments/config";
import { answerQuery, decide, openTransaction, type Choice } from "../../lib/payments/simulator/gateway-simulator";
import { signParams, type Params } from "../../lib/payments/vnpay/sign";
import { paymentReceiptFor } from "../../lib/payments/receipt";
import { renderPaymentReceipt } from "../../lib/payments/payment-receipt";
import { billForActor } from "../../lib/payments/queries";
import { actorByPersonalId, seedCitizen, seedCompleteDraft } from "../support/seed-helpers";

// Cấp bản sao trích lục hộ tịch (2.000635): 8.000 đồng, to be paid before processing (seed).
const PROCEDURE = "2.000635";
const FEE = 8000;
const COUNTER = "072085100001";
const SPECIALIST = "072086100002";
const LEADER = "072075100003";
const MINUTE = 60_000;

const keys = () => ({ tmnCode: gatewayConfig().tmnCode, hashSecret: gatewayConfig().hashSecret });
/** The simulator's querydr, called in-process instead of over HTTP. */
const simulatorTransport = async (body: Params) => answerQuery(keys(), body);
const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
/** Everything a notification may change, to prove that a refused one changed nothing. */
const snapshot = (dossierId: string) =>
  db.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      status: true,
      version: true,
      _count: { select: { events: true, outbox: true } },
      bill: {
        select: {
          state: true,
          paidAt: true,
          payments: { select: { state: true, settledAt: true, rawNotification: true }, orderBy: { createdAt: "asc" } },
          refunds: true,
        },
      },
    },
  });

/** A received dossier of a fee-paying procedure for which the counter asked payment (AWAITING_PAYMENT). */
async function awaitingPayment() {
  const citizen = await seedCitizen("Người Nộp Phí");
  const id = await seedCompleteDraft(citizen, PROCEDURE);
  await submitDossier(citizen, id);
  const counter = await actorByPersonalId(COUNTER);
  await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
  await takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) });
  return { id, citizen };
}

/** The citizen goes to the simulated gateway and makes a choice there; returns the signed result (the IPN's parameters). */
async function payAtGateway(
  citizen: Awaited<ReturnType<typeof seedCitizen>>,
  id: string,
  choice: Choice,
  now = new Date(),
) {
  const { redirectUrl, txnRef } = await startOnlinePayment(
    citizen,
    id,
    { amountVnd: String(FEE), currency: "VND" },
    now,
  );
  const opened = openTransaction(keys(), Object.fromEntries(new URL(redirectUrl).searchParams));
  expect(opened).toMatchObject({ ok: true, amountVnd: FEE, txnRef });
  return { txnRef, ipn: decide(keys(), txnRef, choice, now)!.params };
}

const resign = (p: Params) => ({ ...p, vnp_SecureHash: signParams(p, keys().hashSecret) });

describe("bill and the wait for payment", () => {
  it("freezes the procedure's fees on one bill and keeps an unpaid dossier out of processing", async () => {
    const { id, citizen } = await awaitingPayment();
    const view = await billForActor(citizen, id);
    expect(view.status).toBe("AWAITING_PAYMENT");
    expect(view.bill).toMatchObject({ totalVnd: FEE, state: "UNPAID", lines: [{ kind: "FEE", amountVnd: FEE }] });

    // Without REQUEST_PAYMENT, a received dossier of this procedure cannot be processed either.
    const other = await seedCitizen();
    const id2 = await seedCompleteDraft(other, PROCEDURE);
    await submitDossier(other, id2);
    await takeStaffAction(await actorByPersonalId(COUNTER), id2, "RECEIVE", { version: await version(id2) });
    await expect(
      takeStaffAction(await actorByPersonalId(SPECIALIST), id2, "START_PROCESSING", { version: await version(id2) }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED", message: /nộp phí, lệ phí trước khi xử lý/ });
    await expect(
      assignSpecialist(await actorByPersonalId(LEADER), id2, {
        assigneeId: (await actorByPersonalId(SPECIALIST)).userId,
        version: await version(id2),
      }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: id2 } })).status).toBe("RECEIVED");
  });

  it("refuses REQUEST_PAYMENT for a procedure without fees, and CONFIRM_PAYMENT as a staff button", async () => {
    const citizen = await seedCitizen();
    const id = await seedCompleteDraft(citizen); // Đăng ký khai sinh: miễn lệ phí
    await submitDossier(citizen, id);
    const counter = await actorByPersonalId(COUNTER);
    await takeStaffAction(counter, id, "RECEIVE", { version: await version(id) });
    await expect(takeStaffAction(counter, id, "REQUEST_PAYMENT", { version: await version(id) })).rejects.toMatchObject(
      { code: "TRANSITION_NOT_ALLOWED", message: /không thu phí/ },
    );
    expect(await db.bill.count({ where: { dossierId: id } })).toBe(0);
    const waiting = await awaitingPayment();
    await expect(
      takeStaffAction(counter, waiting.id, "CONFIRM_PAYMENT", { version: await version(waiting.id) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses a tampered amount or currency when the payment starts, and creates nothing", async () => {
    const { id, citizen } = await awaitingPayment();
    for (const input of [
      { amountVnd: "1", currency: "VND" },
      { amountVnd: "8000.5", currency: "VND" },
      { amountVnd: String(FEE), currency: "USD" },
      {},
    ]) {
      await expect(startOnlinePayment(citizen, id, input)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: TAMPERED,
      });
    }
    expect(await db.payment.count({ where: { bill: { dossierId: id } } })).toBe(0);
    await expect(
      startOnlinePayment(await seedCitizen(), id, { amountVnd: String(FEE), currency: "VND" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the gateway's notification (IPN)", () => {
  it("settles a paid transaction exactly once when replayed 5 times, and moves the dossier on", async () => {
    const { id, citizen } = await awaitingPayment();
    const { ipn } = await payAtGateway(citizen, id, "pay");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await handleNotification(ipn)).RspCode);
    expect(answers).toEqual(["00", "02", "02", "02", "02"]);
    const after = await snapshot(id);
    expect(after.status).toBe("PROCESSING");
    expect(after.bill).toMatchObject({ state: "PAID", payments: [{ state: "SUCCEEDED" }] });
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "CONFIRM_PAYMENT" } })).toBe(1);
  });

  it("settles once when the same notification arrives 5 times at the same moment", async () => {
    const { id, citizen } = await awaitingPayment();
    const { ipn } = await payAtGateway(citizen, id, "pay");
    const answers = (await Promise.all(Array.from({ length: 5 }, () => handleNotification(ipn))))
      .map((a) => a.RspCode)
      .sort();
    expect(answers.filter((c) => c === "00")).toHaveLength(1);
    expect(answers.every((c) => c === "00" || c === "02" || c === "99")).toBe(true);
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "CONFIRM_PAYMENT" } })).toBe(1);
    expect((await snapshot(id)).status).toBe("PROCESSING");
  });

  it("changes nothing on a bad signature, a wrong amount or an unknown reference", async () => {
    const { id, citizen } = await awaitingPayment();
    const { ipn } = await payAtGateway(citizen, id, "pay");
    const before = await snapshot(id);
    const { vnp_SecureHash: _hash, ...unsigned } = ipn;
    expect(await handleNotification({ ...ipn, vnp_SecureHash: "0".repeat(128) })).toMatchObject({ RspCode: "97" });
    expect(await handleNotification({ ...ipn, vnp_Amount: "100" })).toMatchObject({ RspCode: "97" }); // tampered after signing
    expect(await handleNotification(unsigned)).toMatchObject({ RspCode: "97" });
    expect(
      await handleNotification({
        ...ipn,
        vnp_SecureHash: signParams(unsigned, "another-secret-another-secret-another"),
      }),
    ).toMatchObject({ RspCode: "97" });
    expect(await handleNotification(resign({ ...unsigned, vnp_Amount: String(FEE * 100 - 100) }))).toMatchObject({
      RspCode: "04",
    });
    expect(await handleNotification(resign({ ...unsigned, vnp_TxnRef: "261201UNKNOWN0000" }))).toMatchObject({
      RspCode: "01",
    });
    expect(await snapshot(id)).toEqual(before);
    expect(await handleNotification(ipn)).toMatchObject({ RspCode: "00" });
  });

  it("records a cancelled payment, leaves the dossier waiting, and a retry then pays", async () => {
    const { id, citizen } = await awaitingPayment();
    const cancelled = await payAtGateway(citizen, id, "cancel");
    expect(await handleNotification(cancelled.ipn)).toMatchObject({ RspCode: "00" });
    let after = await snapshot(id);
    expect(after.status).toBe("AWAITING_PAYMENT");
    expect(after.bill).toMatchObject({ state: "UNPAID", payments: [{ state: "CANCELLED" }] });

    const failed = await payAtGateway(citizen, id, "fail");
    expect(await handleNotification(failed.ipn)).toMatchObject({ RspCode: "00" });
    const retry = await payAtGateway(citizen, id, "pay");
    expect(await handleNotification(retry.ipn)).toMatchObject({ RspCode: "00" });
    after = await snapshot(id);
    expect(after.status).toBe("PROCESSING");
    expect(after.bill?.payments.map((p) => p.state)).toEqual(["CANCELLED", "FAILED", "SUCCEEDED"]);
    await expect(startOnlinePayment(citizen, id, { amountVnd: String(FEE), currency: "VND" })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
  });

  it("trusts the return URL only through a query to the gateway", async () => {
    const { id, citizen } = await awaitingPayment();
    const { ipn } = await payAtGateway(citizen, id, "pay");
    // A forged "success" return with a bad signature is ignored.
    expect(await handleReturn({ ...ipn, vnp_SecureHash: "0".repeat(128) }, simulatorTransport)).toBeNull();
    expect((await snapshot(id)).status).toBe("AWAITING_PAYMENT");
    // The IPN was lost: the genuine return asks the gateway, which confirms.
    expect(await handleReturn(ipn, simulatorTransport)).toBe(id);
    expect((await snapshot(id)).status).toBe("PROCESSING");
  });
});

describe("reconciliation", () => {
  it("settles a payment whose notification never came, expires a stale one and leaves a recent one", async () => {
    const start = new Date(Date.now() - 60 * MINUTE);
    const paid = await awaitingPayment();
    await payAtGateway(paid.citizen, paid.id, "pay", start); // the IPN is never delivered
    const stale = await awaitingPayment();
    await startOnlinePayment(stale.citizen, stale.id, { amountVnd: String(FEE), currency: "VND" }, start); // never reached the gateway
    const abandoned = await awaitingPayment();
    const left = await startOnlinePayment(
      abandoned.citizen,
      abandoned.id,
      { amountVnd: String(FEE), currency: "VND" },
      start,
    );
    openTransaction(keys(), Object.fromEntries(new URL(left.redirectUrl).searchParams)); // opened the gateway's page, then left
    const recent = await awaitingPayment();
    await startOnlinePayment(recent.citizen, recent.id, { amountVnd: String(FEE), currency: "VND" });

    const report = await reconcilePayments({ now: new Date(), transport: simulatorTransport });
    expect(report.settled).toBeGreaterThanOrEqual(1);
    expect(report.expired).toBeGreaterThanOrEqual(2);
    expect((await snapshot(paid.id)).status).toBe("PROCESSING");
    expect((await snapshot(paid.id)).bill).toMatchObject({ state: "PAID", payments: [{ state: "SUCCEEDED" }] });
    for (const d of [stale, abandoned])
      expect((await snapshot(d.id)).bill).toMatchObject({ state: "UNPAID", payments: [{ state: "EXPIRED" }] });
    expect((await snapshot(recent.id)).bill).toMatchObject({ payments: [{ state: "PENDING" }] });
    // Run again: nothing left to do for these.
    const again = await reconcilePayments({ now: new Date(), transport: simulatorTransport });
    expect(await db.dossierEvent.count({ where: { dossierId: paid.id, action: "CONFIRM_PAYMENT" } })).toBe(1);
    expect(again.settled + again.expired).toBe(0);
  });

  it("never expires a payment when the gateway's answer cannot be trusted", async () => {
    const start = new Date(Date.now() - 60 * MINUTE);
    const d = await awaitingPayment();
    await payAtGateway(d.citizen, d.id, "pay", start);
    const forged = async (body: Params) => ({ ...(await simulatorTransport(body)), vnp_SecureHash: "0".repeat(128) });
    const broken = async () => {
      throw new Error("connection refused");
    };
    await reconcilePayments({ transport: forged });
    await reconcilePayments({ transport: broken });
    expect((await snapshot(d.id)).bill).toMatchObject({ state: "UNPAID", payments: [{ state: "PENDING" }] });
  });
});

describe("cash at the counter, receipts and refunds", () => {
  it("refuses a wrong amount or currency and stores nothing, then records the exact amount once", async () => {
    const { id, citizen } = await awaitingPayment();
    const counter = await actorByPersonalId(COUNTER);
    const before = await snapshot(id);
    const v = await version(id);
    await expect(
      recordCashPayment(counter, id, { amountVnd: "7999", currency: "VND", version: v }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: CASH_AMOUNT_MISMATCH });
    await expect(
      recordCashPayment(counter, id, { amountVnd: "80000", currency: "VND", version: v }),
    ).rejects.toMatchObject({ message: CASH_AMOUNT_MISMATCH });
    await expect(
      recordCashPayment(counter, id, { amountVnd: "8000.5", currency: "VND", version: v }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      recordCashPayment(counter, id, { amountVnd: String(FEE), currency: "USD", version: v }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      recordCashPayment(await actorByPersonalId(SPECIALIST), id, {
        amountVnd: String(FEE),
        currency: "VND",
        version: v,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordCashPayment(citizen, id, { amountVnd: String(FEE), currency: "VND", version: v }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(id)).toEqual(before);

    const payment = await recordCashPayment(counter, id, { amountVnd: String(FEE), currency: "VND", version: v });
    expect((await snapshot(id)).status).toBe("PROCESSING");
    await expect(
      recordCashPayment(counter, id, { amountVnd: String(FEE), currency: "VND", version: await version(id) }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });

    const receipt = await paymentReceiptFor(citizen, id, payment.id);
    expect(receipt).toMatchObject({ totalVnd: FEE, method: "CASH", collectorName: "Phạm Thị Dung" });
    const pdf = Buffer.from(await renderPaymentReceipt(receipt));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await expect(paymentReceiptFor(await seedCitizen(), id, payment.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records the refund when a dossier is refused after payment, once", async () => {
    const { id, citizen } = await awaitingPayment();
    const { ipn } = await payAtGateway(citizen, id, "pay");
    await handleNotification(ipn);
    const specialist = await actorByPersonalId(SPECIALIST);
    const leader = await actorByPersonalId(LEADER);
    await takeStaffAction(specialist, id, "PROPOSE_RESULT", { version: await version(id), note: "Không đủ điều kiện" });
    await takeStaffAction(leader, id, "REFUSE_AFTER_REVIEW", {
      version: await version(id),
      note: "Không có dữ liệu hộ tịch",
    });
    const after = await snapshot(id);
    expect(after.status).toBe("RESOLVED");
    expect(after.bill?.state).toBe("REFUNDED");
    expect(after.bill?.refunds).toMatchObject([{ amountVnd: FEE }]);
  });

  it("refunds a second payment of a bill already paid", async () => {
    const { id, citizen } = await awaitingPayment();
    const first = await payAtGateway(citizen, id, "pay");
    const second = await payAtGateway(citizen, id, "pay"); // two tabs: both reached the gateway before either settled
    expect(await handleNotification(first.ipn)).toMatchObject({ RspCode: "00" });
    expect(await handleNotification(second.ipn)).toMatchObject({ RspCode: "00" });
    const after = await snapshot(id);
    expect(after.bill?.state).toBe("PAID");
    expect(after.bill?.refunds).toHaveLength(1);
    expect(await db.dossierEvent.count({ where: { dossierId: id, action: "CONFIRM_PAYMENT" } })).toBe(1);
  });
});
