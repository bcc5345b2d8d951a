import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { processingTimeFor, restartAfterSupplement } from "../deadlines";
import { loadWorkingCalendar } from "../deadlines/load-calendar";
import { AppError, notFound } from "../errors";
import { recordTransition } from "../dossiers/record-transition";
import { nextStatus } from "../dossiers/workflow";

/**
 * The applicant sends back the requested items. Each item must have at least one new file;
 * nothing else of the dossier changes. During processing the time restarts from zero when the
 * complete dossier arrives (NĐ 118/2025, as NĐ 61/2018 before it). The officer who asked is told.
 */
export async function answerSupplement(actor: Actor, dossierId: string, input: { version: number }) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} AND "applicantId" = ${actor.userId} FOR UPDATE`;
    const dossier = await tx.dossier.findFirst({
      where: { id: dossierId, applicantId: actor.userId },
      select: {
        id: true,
        version: true,
        status: true,
        code: true,
        agencyId: true,
        applicantEmail: true,
        channel: true,
        procedure: { select: { timings: { select: { channel: true, amount: true, unit: true } } } },
        supplementRequests: {
          where: { answeredAt: null },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: {
            id: true,
            stage: true,
            requestedBy: { select: { email: true } },
            items: { select: { id: true, label: true, _count: { select: { attachments: true } } } },
          },
        },
      },
    });
    if (!dossier) throw notFound();
    const request = dossier.supplementRequests[0];
    if (dossier.status !== "SUPPLEMENT_REQUESTED" || !request)
      throw new AppError("TRANSITION_NOT_ALLOWED", "Hồ sơ không có yêu cầu bổ sung đang chờ.");
    if (dossier.version !== input.version)
      throw new AppError("STALE_DOSSIER", "Hồ sơ vừa được cập nhật. Vui lòng tải lại trang và thử lại.");
    const missing = request.items.filter((i) => i._count.attachments === 0);
    if (missing.length)
      throw new AppError("MISSING_DOCUMENTS", `Còn thiếu giấy tờ bổ sung: ${missing.map((i) => i.label).join("; ")}.`);

    const now = new Date();
    const action = request.stage === "RECEPTION" ? "SUPPLY_BEFORE_RECEPTION" : "SUPPLY_IN_PROCESSING";
    let dueAt: Date | undefined;
    if (request.stage === "PROCESSING") {
      const timing = processingTimeFor(dossier.procedure.timings, dossier.channel);
      if (timing) dueAt = restartAfterSupplement(now, timing, await loadWorkingCalendar(tx));
    }
    await tx.supplementRequest.update({
      where: { id: request.id },
      data: { answeredAt: now, items: { updateMany: { where: {}, data: { answeredAt: now } } } },
    });
    await recordTransition(tx, {
      dossier,
      action,
      to: nextStatus(action, dossier.status, "CITIZEN")!,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: dossier.agencyId,
      note: `Đã bổ sung: ${request.items.map((i) => i.label).join("; ")}`,
      // The clock restarts from zero, and with it the warning before the new due date (Mẫu 04).
      data: dueAt ? { dueAt, deadlineWarnedAt: null } : {},
    });
    if (request.requestedBy.email) {
      await tx.outboxMessage.create({
        data: {
          dossierId: dossier.id,
          channel: "EMAIL",
          topic: "dossier.supplement_answered",
          recipient: request.requestedBy.email,
          payload: { code: dossier.code },
        },
      });
    }
  });
}
