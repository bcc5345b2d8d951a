import "server-only";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { computeDueAt } from "../../deadlines";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { nextDossierCode } from "../../dossiers/codes";
import { recordTransition } from "../../dossiers/record-transition";
import { nextStatus, WORKFLOW } from "../../dossiers/workflow";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { formSchemaFor } from "../../forms/to-zod";
import type { ResultDelivery } from "../../generated/prisma/enums";
import { counterAgencyIds, walkInDraftScope } from "../access";
import { transferDeadline } from "../transfer-deadline";

const DELIVERIES: readonly ResultDelivery[] = ["COUNTER", "POST", "ELECTRONIC"];

/**
 * "Tiếp nhận": the officer checked the papers in front of them, so the walk-in draft is received
 * at once (DRAFT → RECEIVED, no "Mới đăng ký" step) and Mẫu 01 can be printed. The code is
 * allocated exactly as for an online submission, in the receiving agency's daily sequence
 * (TT 01/2018/TT-VPCP Art. 19); the clock starts now, with the channel's processing time.
 */
export async function receiveAtCounter(actor: Actor, dossierId: string, input: { version: number; resultDelivery: string }) {
  const counters = counterAgencyIds(actor);
  if (counters.length === 0) throw notFound();
  if (!DELIVERIES.includes(input.resultDelivery as ResultDelivery)) throw new AppError("INVALID_INPUT", "Vui lòng chọn hình thức trả kết quả.");
  const resultDelivery = input.resultDelivery as ResultDelivery;

  return db.$transaction(async (tx) => {
    // Two officers (or a double click) receiving the same draft: the second waits, then finds it received.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "status" = 'DRAFT' AND "receivingAgencyId" = ANY(${counters}) FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, ...walkInDraftScope(actor) },
      select: {
        id: true, version: true, status: true, code: true, channel: true, formData: true, agencyId: true, receivingAgencyId: true,
        applicantEmail: true, applicantPersonalId: true,
        receivingAgency: { select: { id: true, code: true } },
        procedure: {
          select: {
            formDefinition: true, requiresPersonalPresence: true,
            components: { where: { required: true }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } },
            timings: { select: { channel: true, amount: true, unit: true } },
          },
        },
        attachments: { where: { kind: "APPLICATION" }, select: { componentId: true } },
        paperSubmissions: { select: { componentId: true } },
      },
    });
    if (!dossier || !dossier.receivingAgency) throw notFound();
    if (dossier.version !== input.version) {
      throw new AppError("STALE_DOSSIER", "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.");
    }
    const to = rolesIn(actor, dossier.receivingAgency.id).some((r) => nextStatus("RECEIVE_AT_COUNTER", dossier.status, r) !== null)
      ? WORKFLOW.RECEIVE_AT_COUNTER.to
      : null;
    if (!to) throw new AppError("TRANSITION_NOT_ALLOWED", `Không thể "${WORKFLOW.RECEIVE_AT_COUNTER.label}" đối với hồ sơ ở trạng thái hiện tại.`);

    if (resultDelivery === "POST" && dossier.procedure.requiresPersonalPresence) {
      throw new AppError("INVALID_INPUT", "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.");
    }
    const form = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition)).safeParse(dossier.formData);
    if (!form.success) throw new AppError("INVALID_INPUT", "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng nhập và lưu tờ khai trước khi tiếp nhận.");
    // Every required component: a scan, or the paper itself with a summary (nộp bản giấy).
    const provided = new Set([...dossier.attachments, ...dossier.paperSubmissions].map((a) => a.componentId));
    const missing = dossier.procedure.components.filter((c) => !provided.has(c.id));
    if (missing.length > 0) {
      throw new AppError("MISSING_DOCUMENTS", `Còn thiếu giấy tờ bắt buộc (chưa có bản quét hoặc ghi nhận nộp bản giấy): ${missing.map((c) => c.name).join("; ")}.`);
    }
    const timing = dossier.procedure.timings.find((t) => t.channel === dossier.channel) ?? dossier.procedure.timings.find((t) => t.channel === "COUNTER");
    if (!timing) throw new AppError("INVALID_INPUT", "Thủ tục chưa có thời hạn giải quyết trong danh mục; chưa thể hẹn ngày trả kết quả.");

    const now = new Date();
    const calendar = await loadWorkingCalendar(tx);
    const code = await nextDossierCode(tx, dossier.receivingAgency, now);
    // A citizen with an account sees the dossier in their portal from now on.
    const account = await tx.user.findUnique({ where: { personalId: dossier.applicantPersonalId }, select: { id: true } });
    await recordTransition(tx, {
      dossier: { ...dossier, code },
      action: "RECEIVE_AT_COUNTER",
      to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.receivingAgency.id,
      // Received at another agency's counter: the papers must reach the competent agency in time.
      stepDueAt: dossier.receivingAgency.id !== dossier.agencyId ? transferDeadline(now, calendar) : null,
      data: {
        code, submittedAt: now, receivedAt: now, resultDelivery, applicantId: account?.id ?? null, draftExpiresAt: null,
        dueAt: computeDueAt(now, { amount: timing.amount, unit: timing.unit }, calendar),
      },
    });
    return { code };
  });
}
