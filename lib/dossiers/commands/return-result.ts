import "server-only";
import type { Actor } from "../../auth/actor";
import { openIdNumber } from "../../crypto/personal-data";
import { db } from "../../db";
import { AppError } from "../../errors";
import { actingRole } from "../guards";
import { rolesOnDossier } from "../guard-inputs";
import { loadForChange } from "../load-for-change";
import { recordTransition } from "../record-transition";
import { WORKFLOW } from "../workflow";

export type ReturnAtCounterInput = {
  version: number;
  recipientPersonalId: string;
  recipientName: string;
  /** Someone collecting on the applicant's behalf must show an authorisation (giấy ủy quyền). */
  authorisation?: string | null;
};

/**
 * The counter officer hands the result over after checking the recipient's identity document
 * (docs/domain.md §5.5): the applicant in person, or a representative with an authorisation. The
 * check is recorded in the event, which the hand-over slip prints.
 */
export async function returnResultAtCounter(actor: Actor, dossierId: string, input: ReturnAtCounterInput) {
  const recipientPersonalId = input.recipientPersonalId.trim();
  const recipientName = input.recipientName.trim().replace(/\s+/g, " ");
  const authorisation = input.authorisation?.trim() || null;
  if (!/^\d{12}$/.test(recipientPersonalId))
    throw new AppError("INVALID_INPUT", "Số định danh cá nhân của người nhận phải gồm đúng 12 chữ số.");
  if (recipientName.length < 2) throw new AppError("INVALID_INPUT", "Vui lòng nhập họ và tên người nhận kết quả.");

  return db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: { code: true, applicantEmail: true, applicantPersonalId: true, applicantName: true },
      version: input.version,
      scope: "agency-or-receiving",
    });
    const roles = rolesOnDossier(actor, dossier);
    if (!actingRole("RETURN_RESULT", dossier.status, roles)) {
      throw new AppError(
        "TRANSITION_NOT_ALLOWED",
        `Không thể "${WORKFLOW.RETURN_RESULT.label}" đối với hồ sơ ở trạng thái hiện tại.`,
      );
    }
    // The counter that hands it over: the receiving agency's when the officer sits there.
    const counterAgency =
      dossier.receivingAgencyId && roles.receivingAgency.includes("COUNTER_OFFICER")
        ? dossier.receivingAgencyId
        : dossier.agencyId;
    const inPerson = recipientPersonalId === openIdNumber(dossier.applicantPersonalId);
    if (!inPerson && !authorisation) {
      throw new AppError(
        "INVALID_INPUT",
        "Số định danh người nhận không khớp với người nộp hồ sơ. Người nhận thay phải xuất trình giấy ủy quyền: vui lòng ghi số, ngày của giấy ủy quyền.",
      );
    }
    const note = inPerson
      ? `Trả kết quả trực tiếp cho người nộp hồ sơ ${recipientName} (số định danh ${recipientPersonalId}).`
      : `Trả kết quả cho người được ủy quyền ${recipientName} (số định danh ${recipientPersonalId}); giấy ủy quyền: ${authorisation}.`;
    await recordTransition(tx, {
      dossier,
      action: "RETURN_RESULT",
      to: WORKFLOW.RETURN_RESULT.to,
      actorId: actor.userId,
      ip: actor.ip,
      agencyId: counterAgency,
      note,
      data: { returnedAt: new Date() },
    });
  });
}
