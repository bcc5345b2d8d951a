import "server-only";
import { rolesIn, type Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { resultUploadRefusal } from "../attachments/upload-result";
import { assertCurrentVersion, loadForChange } from "../dossiers/load-for-change";

/** The longest reason kept: a sentence or two, printed beside the result on the applicant's page. */
export const PAPER_ONLY_REASON_MAX = 500;

/**
 * The applicant asked for the result electronically, but this result is issued on paper only (a
 * document that cannot be signed digitally yet, a seal or a card): the specialist or leader
 * records it with the reason before approval, instead of attaching the PDF. The approval's rule
 * (lib/dossiers/guards.ts) then lets the decision through, and the applicant reads where to
 * collect the paper rather than "no electronic copy" (components/dossier/result-section.tsx).
 * Who may record it, and when, is the result upload's rule: the competent agency's specialists
 * and leaders, while the dossier is processed.
 */
export async function recordPaperOnlyResult(
  actor: Actor,
  dossierId: string,
  input: { reason: string; version: number },
): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("INVALID_INPUT", "Vui lòng ghi rõ lý do kết quả chỉ cấp bản giấy.");
  if (reason.length > PAPER_ONLY_REASON_MAX)
    throw new AppError("INVALID_INPUT", `Lý do tối đa ${PAPER_ONLY_REASON_MAX} ký tự.`);
  await db.$transaction(async (tx) => {
    const dossier = await loadForChange(tx, actor, dossierId, {
      select: { resultDelivery: true, resultPaperOnlyReason: true },
      scope: "agency",
    });
    // Who may act before whether the page was current: the stale-version refusal names the last
    // person who acted, which a counter officer of the agency has no reason to learn here.
    const refusal = resultUploadRefusal(dossier.status, rolesIn(actor, dossier.agencyId));
    if (refusal) throw refusal;
    await assertCurrentVersion(tx, dossier, input.version);
    if (dossier.resultDelivery !== "ELECTRONIC")
      throw new AppError(
        "INVALID_INPUT",
        "Người nộp không đăng ký nhận kết quả bản điện tử: kết quả bản giấy được trả theo cách người nộp đã chọn.",
      );
    if (dossier.resultPaperOnlyReason)
      throw new AppError("INVALID_INPUT", "Đã ghi nhận kết quả chỉ cấp bản giấy cho hồ sơ này.");
    await tx.dossier.update({
      where: { id: dossier.id },
      data: {
        resultPaperOnlyReason: reason,
        resultPaperOnlyAt: new Date(),
        resultPaperOnlyById: actor.userId,
        version: { increment: 1 },
      },
    });
  });
}
