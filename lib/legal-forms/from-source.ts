import type { IssuingAgency } from "../pdf/administrative-layout";
import type { FormBase } from "./legal-form";
import { RECEIVING_UNIT } from "./mau-01-receipt";
import type { Mau02SupplementRequest } from "./mau-02-supplement-request";
import type { Mau03Refusal } from "./mau-03-refusal";
import type { ResultHandover } from "./result-handover";
import type { StopNotice } from "./stop-notice";
import type { LegalFormSource } from "./source";

// Plain data of each form from a dossier the actor may read; null while the form does not
// exist for it yet (no refusal, no stop, result not returned…). Mẫu 05 is in control-slip.ts.

type Event = LegalFormSource["events"][number];

export const lastEvent = (s: LegalFormSource, actions: readonly string[]): Event | undefined =>
  s.events.findLast((e) => actions.includes(e.action));

/** The counter of the receiving agency issues the reception forms (TT 01/2018 Art. 15). */
export function counterOf(s: LegalFormSource): IssuingAgency {
  const agency = s.receivingAgency ?? s.agency;
  return { parentName: agency.shortName ?? agency.name, name: RECEIVING_UNIT };
}

const competent = (s: LegalFormSource): IssuingAgency => ({ name: s.agency.name });

export function formBase(
  s: LegalFormSource & { code: string },
  agency: IssuingAgency,
  date: Date,
  lookupUrl: string,
): FormBase {
  return {
    agency,
    date,
    code: s.code,
    lookupUrl,
    applicant: { name: s.applicantName, address: s.applicantAddress, phone: s.applicantPhone },
    procedure: { name: s.procedure.name, code: s.procedure.code },
  };
}

const hasCode = (s: LegalFormSource): s is LegalFormSource & { code: string } => s.code !== null;

export function mau02FromSource(s: LegalFormSource, lookupUrl: string): Mau02SupplementRequest | null {
  const request = s.supplementRequests[0];
  if (!request || !hasCode(s)) return null;
  const atReception = request.stage === "RECEPTION";
  return {
    ...formBase(s, atReception ? counterOf(s) : competent(s), request.createdAt, lookupUrl),
    stage: atReception ? "RECEPTION" : "PROCESSING",
    items: request.items,
    note: request.note,
    officerName: request.requestedBy.fullName,
    contactPhone: (atReception ? (s.receivingAgency ?? s.agency) : s.agency).phone,
  };
}

export function mau03FromSource(s: LegalFormSource, lookupUrl: string): Mau03Refusal | null {
  const event = lastEvent(s, ["REFUSE_RECEPTION", "REFUSE_AFTER_REVIEW"]);
  if (!event || !hasCode(s)) return null;
  const atReception = event.action === "REFUSE_RECEPTION";
  return {
    ...formBase(s, atReception ? counterOf(s) : competent(s), event.createdAt, lookupUrl),
    stage: atReception ? "RECEPTION" : "REVIEW",
    reasons: event.note ?? "",
    signer: { title: atReception ? "Người tiếp nhận hồ sơ" : "Lãnh đạo cơ quan", name: event.actor?.fullName ?? "" },
  };
}

export function stopNoticeFromSource(s: LegalFormSource, lookupUrl: string): StopNotice | null {
  const event = lastEvent(s, ["STOP"]);
  if (!event || !hasCode(s)) return null;
  return {
    ...formBase(s, competent(s), event.createdAt, lookupUrl),
    receivedAt: s.receivedAt,
    reason: event.note ?? "",
    signerName: event.actor?.fullName ?? "",
  };
}

/** The recipient as lib/dossiers/commands/return-result.ts records the identity check in the event's note. */
const RETURN_NOTE =
  /cho (?:người nộp hồ sơ|người được ủy quyền) (.+?) \(số định danh (\d{12})\)(?:; giấy ủy quyền: (.+?))?\.?$/s;

export function handoverFromSource(s: LegalFormSource, lookupUrl: string): ResultHandover | null {
  const event = lastEvent(s, ["RETURN_RESULT"]);
  const match = event?.note?.match(RETURN_NOTE);
  // Only a hand-over at the counter has a recipient whose document was checked.
  if (!event || !match || !hasCode(s)) return null;
  return {
    ...formBase(s, counterOf(s), event.createdAt, lookupUrl),
    recipient: { name: match[1], personalId: match[2], authorisation: match[3] ?? null },
    statement: event.note ?? "",
    officerName: event.actor?.fullName ?? "",
  };
}
