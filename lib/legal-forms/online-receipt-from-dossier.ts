import type { DossierDetail } from "../dossiers/queries";
import type { OnlineSubmissionReceipt } from "./online-submission-receipt";

/**
 * The receipt's data from a dossier the actor was allowed to read, or null when the dossier has
 * no online submission to confirm (a draft, or a dossier filed at a counter or by post).
 */
export function onlineReceiptFromDossier(
  dossier: DossierDetail,
  extra: { expectedDueAt: Date | null; lookupUrl: string },
): OnlineSubmissionReceipt | null {
  if (dossier.status === "DRAFT" || dossier.channel !== "ONLINE" || !dossier.code || !dossier.submittedAt) return null;
  const files = dossier.attachments.filter((a) => a.kind === "APPLICATION");
  const documents = dossier.procedure.components
    .map((c) => ({ component: c.name, files: files.filter((a) => a.componentId === c.id).map((a) => a.fileName) }))
    .filter((d) => d.files.length > 0);
  const others = files.filter((a) => !dossier.procedure.components.some((c) => c.id === a.componentId));
  if (others.length > 0) documents.push({ component: "Giấy tờ khác", files: others.map((a) => a.fileName) });
  const due = dossier.dueAt
    ? { at: dossier.dueAt, confirmed: true }
    : dossier.status === "SUBMITTED" && extra.expectedDueAt
      ? { at: extra.expectedDueAt, confirmed: false }
      : null;
  return {
    code: dossier.code,
    agency: { name: dossier.agency.name },
    procedure: { code: dossier.procedure.code, name: dossier.procedure.name },
    applicant: { name: dossier.applicantName, personalId: dossier.applicantPersonalId },
    submittedAt: dossier.submittedAt,
    due,
    documents,
    resultDelivery: dossier.resultDelivery,
    lookupUrl: extra.lookupUrl,
  };
}
