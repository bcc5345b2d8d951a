import "server-only";
import { storePostalChoice, type PreparedChoice } from "../../postal/commands/save-delivery-choice";
import { rolesIn, type Actor } from "../../auth/actor";
import { db } from "../../db";
import { computeDueAt, processingTimeFor } from "../../deadlines";
import { loadWorkingCalendar } from "../../deadlines/load-calendar";
import { nextDossierCode } from "../../dossiers/codes";
import { recordTransition, transitionWebhooks } from "../../dossiers/record-transition";
import { stepDueAt } from "../../dossiers/step-deadline";
import { nextStatus, WORKFLOW } from "../../dossiers/workflow";
import { AppError, notFound } from "../../errors";
import { formDefinitionSchema } from "../../forms/definition";
import { formSchemaFor } from "../../forms/to-zod";
import type { ResultDelivery } from "../../generated/prisma/enums";
import { counterAgencyIds, walkInScope } from "../access";
import { transferDeadline } from "../transfer-deadline";
import { staleDossierError } from "../../dossiers/stale";

const DELIVERIES: readonly ResultDelivery[] = ["COUNTER", "POST", "ELECTRONIC"];

/**
 * "Tiếp nhận": the officer checked the papers in front of them, so the walk-in draft is received
 * at once (DRAFT → RECEIVED, no "Mới đăng ký" step) and Mẫu 01 can be printed. The code is
 * allocated exactly as for an online submission, in the receiving agency's daily sequence
 * (TT 01/2018/TT-VPCP Art. 19); the clock starts now, with the channel's processing time.
 */
export async function receiveAtCounter(actor: Actor, dossierId: string, input: { version: number; resultDelivery: string; postalChoice?: PreparedChoice | null }) {
  const counters = counterAgencyIds(actor);
  if (counters.length === 0) throw notFound();
  if (!DELIVERIES.includes(input.resultDelivery as ResultDelivery)) throw new AppError("INVALID_INPUT", "Vui lòng chọn hình thức trả kết quả.");
  const resultDelivery = input.resultDelivery as ResultDelivery;

  return db.$transaction(async (tx) => {
    // Two officers (or a double click) receiving the same draft: the second waits for the row,
    // then finds it received. The lock is taken whatever the status, so that it always waits.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "createdById" IS NOT NULL AND "receivingAgencyId" = ANY(${counters}) FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, ...walkInScope(actor) },
      select: {
        id: true, version: true, status: true, code: true, channel: true, formData: true, agencyId: true, procedureId: true,
        applicantEmail: true, applicantPersonalId: true, applicantAddress: true,
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
    if (dossier.status !== "DRAFT") throw new AppError("TRANSITION_NOT_ALLOWED", `Hồ sơ đã được tiếp nhận với mã ${dossier.code}.`);
    if (dossier.version !== input.version) {
      throw await staleDossierError(tx, dossier.id);
    }
    const allowed = rolesIn(actor, dossier.receivingAgency.id).some((r) => nextStatus("RECEIVE_AT_COUNTER", dossier.status, r) !== null);
    if (!allowed) throw new AppError("TRANSITION_NOT_ALLOWED", `Không thể "${WORKFLOW.RECEIVE_AT_COUNTER.label}" đối với hồ sơ ở trạng thái hiện tại.`);

    if (resultDelivery === "POST") {
      // QĐ 45/2016/QĐ-TTg: no postal return when the applicant must come in person (DOMAIN.md §6).
      if (dossier.procedure.requiresPersonalPresence) throw new AppError("INVALID_INPUT", "Thủ tục này yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.");
      if (!input.postalChoice && !dossier.applicantAddress) throw new AppError("INVALID_INPUT", "Cần địa chỉ của người nộp hồ sơ để trả kết quả qua bưu chính.");
    }
    const form = formSchemaFor(formDefinitionSchema.parse(dossier.procedure.formDefinition)).safeParse(dossier.formData);
    if (!form.success) throw new AppError("INVALID_INPUT", "Tờ khai chưa đầy đủ hoặc chưa hợp lệ. Vui lòng nhập và lưu tờ khai trước khi tiếp nhận.");
    // Every required component: a scan, or the paper itself with a summary (nộp bản giấy).
    const provided = new Set([...dossier.attachments, ...dossier.paperSubmissions].map((a) => a.componentId));
    const missing = dossier.procedure.components.filter((c) => !provided.has(c.id));
    if (missing.length > 0) {
      throw new AppError("MISSING_DOCUMENTS", `Còn thiếu giấy tờ bắt buộc (chưa có bản quét hoặc ghi nhận nộp bản giấy): ${missing.map((c) => c.name).join("; ")}.`);
    }
    const timing = processingTimeFor(dossier.procedure.timings, dossier.channel);
    if (!timing) throw new AppError("INVALID_INPUT", "Thủ tục chưa có thời hạn giải quyết trong danh mục; chưa thể hẹn ngày trả kết quả.");

    const now = new Date();
    const calendar = await loadWorkingCalendar(tx);
    const dueAt = computeDueAt(now, { amount: timing.amount, unit: timing.unit }, calendar);
    // A citizen with an account sees the dossier in their portal from now on.
    const account = await tx.user.findUnique({ where: { personalId: dossier.applicantPersonalId }, select: { id: true } });
    // The code's counter stays locked until commit (every other dossier of the agency waits):
    // what the change reads goes before it.
    const webhooks = await transitionWebhooks(tx, WORKFLOW.RECEIVE_AT_COUNTER.to);
    const code = await nextDossierCode(tx, dossier.receivingAgency, now);
    // Received at another agency's counter, the papers must reach the competent agency the same
    // day, or the next morning after 15:00 (NĐ 118/2025); at its own counter the head's step follows.
    const routed = dossier.receivingAgency.id !== dossier.agencyId;
    await recordTransition(tx, {
      dossier: { ...dossier, code },
      action: "RECEIVE_AT_COUNTER",
      to: WORKFLOW.RECEIVE_AT_COUNTER.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.receivingAgency.id,
      stepDueAt: routed ? transferDeadline(now, calendar) : await stepDueAt(tx, { procedureId: dossier.procedureId, role: "LEADER", from: now, dossierDueAt: dueAt }),
      data: { code, submittedAt: now, receivedAt: now, dueAt, resultDelivery, applicantId: account?.id ?? null, draftExpiresAt: null },
      webhooks,
    });
    if (resultDelivery === "POST" && input.postalChoice) await storePostalChoice(tx, dossier.id, input.postalChoice);
    return { code };
  });
}
