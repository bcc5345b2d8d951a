import "server-only";
import { idNumberHash, openIdNumber } from "../../crypto/personal-data";
import { storePostalChoice, type PreparedChoice } from "../../postal/commands/save-delivery-choice";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { computeDueAt, processingTimeFor, transferDeadline } from "../../deadlines";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { isResultDelivery } from "../../dossiers/delivery-rules";
import { assertFileable, fileDossier } from "../../dossiers/filing";
import { stepDueAt } from "../../dossiers/step-deadline";
import { nextStatus, WORKFLOW } from "../../dossiers/workflow";
import { AppError, notFound } from "../../errors";
import { counterAgencyIds, walkInScope } from "../../dossiers/walk-in-access";
import { staleDossierError } from "../../dossiers/stale";

/**
 * "Tiếp nhận": the officer checked the papers in front of them, so the walk-in draft is received
 * at once (DRAFT → RECEIVED, no "Mới đăng ký" step) and Mẫu 01 can be printed. The code is
 * allocated exactly as for an online submission, in the receiving agency's daily sequence
 * (TT 01/2018/TT-VPCP Art. 19); the clock starts now, with the channel's processing time.
 */
export async function receiveAtCounter(
  actor: Actor,
  dossierId: string,
  input: { version: number; resultDelivery: string; postalChoice?: PreparedChoice | null },
) {
  const counters = counterAgencyIds(actor);
  if (counters.length === 0) throw notFound();
  const resultDelivery = input.resultDelivery;
  if (!isResultDelivery(resultDelivery)) throw new AppError("INVALID_INPUT", "Vui lòng chọn hình thức trả kết quả.");

  return db.$transaction(async (tx) => {
    // Two officers (or a double click) receiving the same draft: the second waits for the row,
    // then finds it received. The lock is taken whatever the status, so that it always waits.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "createdById" IS NOT NULL AND "receivingAgencyId" = ANY(${counters}) FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, ...walkInScope(actor) },
      select: {
        id: true,
        version: true,
        status: true,
        code: true,
        channel: true,
        formData: true,
        agencyId: true,
        procedureId: true,
        applicantEmail: true,
        applicantPersonalId: true,
        applicantPersonalIdHash: true,
        applicantAddress: true,
        receivingAgency: { select: { id: true, code: true } },
        procedure: {
          select: {
            formDefinition: true,
            requiresPersonalPresence: true,
            components: {
              where: { required: true },
              orderBy: { sortOrder: "asc" },
              select: { id: true, name: true, required: true, satisfiedByEForm: true },
            },
            timings: { select: { channel: true, amount: true, unit: true } },
          },
        },
        attachments: { where: { kind: "APPLICATION" }, select: { componentId: true } },
        paperSubmissions: { select: { componentId: true } },
      },
    });
    if (!dossier || !dossier.receivingAgency) throw notFound();
    if (dossier.status !== "DRAFT")
      throw new AppError("TRANSITION_NOT_ALLOWED", `Hồ sơ đã được tiếp nhận với mã ${dossier.code}.`);
    if (dossier.version !== input.version) {
      throw await staleDossierError(tx, dossier.id);
    }
    const allowed = rolesIn(actor, dossier.receivingAgency.id).some(
      (r) => nextStatus("RECEIVE_AT_COUNTER", dossier.status, r) !== null,
    );
    if (!allowed)
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.RECEIVE_AT_COUNTER.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );

    // Every required component: a scan, or the paper itself with a summary (nộp bản giấy).
    assertFileable({
      route: "COUNTER",
      requiresPersonalPresence: dossier.procedure.requiresPersonalPresence,
      resultDelivery,
      hasPostalAddress: Boolean(input.postalChoice || dossier.applicantAddress),
      formDefinition: dossier.procedure.formDefinition,
      formData: dossier.formData,
      components: dossier.procedure.components,
      providedPapers: [...dossier.attachments, ...dossier.paperSubmissions].map((a) => a.componentId),
    });
    const timing = processingTimeFor(dossier.procedure.timings, dossier.channel);
    if (!timing)
      throw new AppError(
        "INVALID_INPUT",
        "Thủ tục chưa có thời hạn giải quyết trong danh mục; chưa thể hẹn ngày trả kết quả.",
      );

    const now = new Date();
    const calendar = await loadWorkingCalendar(tx);
    const dueAt = computeDueAt(now, { amount: timing.amount, unit: timing.unit }, calendar);
    // A citizen with an account sees the dossier in their portal from now on.
    const account = await tx.user.findFirst({
      where: {
        personalIdHash: dossier.applicantPersonalIdHash ?? idNumberHash(openIdNumber(dossier.applicantPersonalId)),
      },
      select: { id: true },
    });
    // Received at another agency's counter, the papers must reach the competent agency the same
    // day, or at the start of the next working day after 15:00 (NĐ 118/2025 Art. 18(2)); at its
    // own counter the head's step follows.
    const routed = dossier.receivingAgency.id !== dossier.agencyId;
    const handOverDue = routed
      ? transferDeadline(now, calendar)
      : await stepDueAt(tx, { procedureId: dossier.procedureId, role: "LEADER", from: now, dossierDueAt: dueAt });
    const { code } = await fileDossier(tx, {
      dossier,
      receivingAgency: dossier.receivingAgency,
      at: now,
      action: "RECEIVE_AT_COUNTER",
      to: WORKFLOW.RECEIVE_AT_COUNTER.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.receivingAgency.id,
      stepDueAt: handOverDue,
      data: { receivedAt: now, dueAt, resultDelivery, applicantId: account?.id ?? null, draftExpiresAt: null },
    });
    if (resultDelivery === "POST" && input.postalChoice) await storePostalChoice(tx, dossier.id, input.postalChoice);
    return { code };
  });
}
