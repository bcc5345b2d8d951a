// The role × resource matrix (README, "Roles and scopes"; docs/decisions/025-roles-and-scopes.md):
// every staff page, PDF, XLSX and staff action, tried by every role of the agency that holds the
// dossier, of another agency, of an agency asked for an opinion, by a province administrator, a
// citizen and the applicant. The table below is the policy; each cell is checked against the real
// page loader, route handler or command:
//   ok   — it works (the page renders, the file is served, the command changes the dossier);
//   404  — "not found", exactly as for what does not exist: NOT_FOUND or a 404, never the
//          applicant's name, nothing changed in the database (a command is replayed with a stale
//          version, so the scope must come before the "updated by …" answer);
//   deny — a colleague inside the scope without the role for this step: refused, nothing changed.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import InboxPage from "../../app/(staff)/can-bo/page";
import StaffDossierPage from "../../app/(staff)/can-bo/ho-so/[id]/page";
import IntakeDeskPage from "../../app/(staff)/can-bo/tiep-nhan/page";
import WalkInPage from "../../app/(staff)/can-bo/tiep-nhan/[id]/page";
import TrackingBookPage from "../../app/(staff)/can-bo/so-theo-doi/page";
import ReportPage from "../../app/(staff)/can-bo/bao-cao/page";
import PostalDeskPage from "../../app/(staff)/buu-chinh/page";
import HandoverPage from "../../app/(staff)/buu-chinh/bien-ban/[id]/page";
import AdminHome from "../../app/(staff)/quan-tri/page";
import AdminStaffPage from "../../app/(staff)/quan-tri/can-bo/page";
import AdminAgenciesPage from "../../app/(staff)/quan-tri/co-quan/page";
import AdminTariffPage from "../../app/(staff)/quan-tri/cuoc-buu-chinh/page";
import AdminHolidaysPage from "../../app/(staff)/quan-tri/ngay-nghi/page";
import AdminNotificationsPage from "../../app/(staff)/quan-tri/thong-bao/page";
import AdminProceduresPage from "../../app/(staff)/quan-tri/thu-tuc/page";
import AdminProcedurePage from "../../app/(staff)/quan-tri/thu-tuc/[code]/page";
import AdminIntegrationsPage from "../../app/(staff)/quan-tri/tich-hop/page";
import { GET as receiptPdf } from "../../app/api/dossiers/[id]/receipt/route";
import { GET as mau01Pdf } from "../../app/api/dossiers/[id]/mau-01/route";
import { GET as mau02Pdf } from "../../app/api/dossiers/[id]/mau-02/route";
import { GET as mau03Pdf } from "../../app/api/dossiers/[id]/mau-03/route";
import { GET as mau04Pdf } from "../../app/api/dossiers/[id]/mau-04/route";
import { GET as mau05Pdf } from "../../app/api/dossiers/[id]/mau-05/route";
import { GET as stopNoticePdf } from "../../app/api/dossiers/[id]/dung-xu-ly/route";
import { GET as resultSlipPdf } from "../../app/api/dossiers/[id]/giao-ket-qua/route";
import { GET as paymentReceiptPdf } from "../../app/api/dossiers/[id]/bien-lai/[paymentId]/route";
import { GET as trackingBookFile } from "../../app/api/so-theo-doi/route";
import { GET as reportFile } from "../../app/api/bao-cao/route";
import { GET as handoverPdf } from "../../app/api/postal/handovers/[id]/route";
import { isValidElement, type ReactNode } from "react";
import { SiteHeaderView } from "../../components/layout/site-header";
import { getAttachmentForActor } from "../../lib/attachments/queries";
import { uploadResult } from "../../lib/attachments/upload-result";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { answerOpinion } from "../../lib/consultations/answer-opinion";
import { requestOpinions } from "../../lib/consultations/request-opinions";
import { uploadOpinionFile } from "../../lib/consultations/upload-opinion-file";
import { db } from "../../lib/db";
import { assignSpecialist } from "../../lib/dossiers/commands/assign-specialist";
import { returnResultAtCounter } from "../../lib/dossiers/commands/return-result";
import { inboxQuerySchema, listInbox } from "../../lib/dossiers/inbox";
import { getDossierForActor } from "../../lib/dossiers/queries";
import type { StaffRole } from "../../lib/generated/prisma/enums";
import { createWalkIn } from "../../lib/intake/commands/create-walk-in";
import { receiveAtCounter } from "../../lib/intake/commands/receive-at-counter";
import { saveWalkInForm } from "../../lib/intake/commands/save-walk-in-form";
import { recordCashPayment } from "../../lib/payments/commands/record-cash-payment";
import { confirmHandover, createHandover } from "../../lib/postal/commands/handovers";
import { handResultToPost } from "../../lib/postal/commands/hand-result-to-post";
import { recordEventByOfficer } from "../../lib/postal/commands/record-by-officer";
import { saveDeliveryChoice } from "../../lib/postal/commands/save-delivery-choice";
import { recordPaperOnlyResult } from "../../lib/processing/record-paper-result";
import { takeStaffAction } from "../../lib/processing/take-staff-action";
import { issueReappointment } from "../../lib/reappointments/commands/issue-reappointment";
import { vietnamDateOf } from "../../lib/reappointments/rules";
import { submitDossier } from "../../lib/submission/submit-dossier";
import { requestSupplement } from "../../lib/supplements/request-supplement";
import { listTrackingBook } from "../../lib/tracking-book/queries";
import { seedCitizen, seedCompleteDraft, validAnswers } from "../support/seed-helpers";
import { signedIn } from "../support/signed-in-actor";

vi.mock("../../lib/auth/actor", async (original) =>
  (await import("../support/signed-in-actor")).withSignedInActor(await original()),
);

const AGENCY = "000.21.01.H80"; // UBND phường Tân Ninh: holds every dossier below
const CONSULTED = "000.00.13.H80"; // Sở Xây dựng: asked for an opinion on the dossier in processing
const CENTRE = "000.00.01.H80"; // Trung tâm Phục vụ hành chính công tỉnh (province level)
const FEE_PROCEDURE = "2.000635"; // a procedure with a fee paid before processing

// ─── The policy ──────────────────────────────────────────────────────────────────────────────
// Columns: the applicant, another citizen; counter officer, specialist, leader, administrator and
// postal officer of the agency that holds the dossier (A) and of another commune (B); a
// specialist of the agency asked for an opinion; an administrator of a province-level agency.

const WHO = [
  "applicant",
  "citizen",
  "counter",
  "specialist",
  "leader",
  "admin",
  "postal",
  "counterB",
  "specialistB",
  "leaderB",
  "adminB",
  "postalB",
  "consulted",
  "provinceAdmin",
] as const;
type Who = (typeof WHO)[number];
type Expect = "ok" | "404" | "deny";

/** One row per resource, one cell per column of WHO, in the same order. */
// prettier-ignore
const POLICY: Record<string, Expect[]> = {
  //                                       applicant citizen counter specialist leader admin  postal  counterB specialistB leaderB adminB postalB consulted provinceAdmin
  // Staff pages
  "page /can-bo":                          ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "ok",    "ok",       "ok",   "404", "404",  "ok",     "404"],
  "inbox lists the dossier":               ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "ok",     "404"],
  "page /can-bo/ho-so/[id]":               ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "ok",     "404"],
  "case file of a dossier sent by post":   ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "page /can-bo/tiep-nhan":                ["404",   "404",  "ok",   "404",     "404", "404", "404",  "ok",    "404",      "404",  "404", "404",  "404",    "404"],
  "page /can-bo/tiep-nhan/[id]":           ["404",   "404",  "ok",   "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "page /can-bo/so-theo-doi":              ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "ok",    "ok",       "ok",   "404", "404",  "ok",     "404"],
  "tracking book lists the dossier":       ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "page /can-bo/bao-cao (agency A)":       ["404",   "404",  "404",  "404",     "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "page /buu-chinh":                       ["404",   "404",  "404",  "404",     "404", "404", "ok",   "404",   "404",      "404",  "404", "ok",   "404",    "404"],
  "page /buu-chinh/bien-ban/[id]":         ["404",   "404",  "ok",   "404",     "404", "404", "ok",   "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "page /quan-tri":                        ["404",   "404",  "404",  "404",     "404", "ok",  "404",  "404",   "404",      "404",  "ok",  "404",  "404",    "ok"],
  "page /quan-tri/can-bo (agency A)":      ["404",   "404",  "404",  "404",     "404", "ok",  "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/thong-bao":              ["404",   "404",  "404",  "404",     "404", "ok",  "404",  "404",   "404",      "404",  "ok",  "404",  "404",    "ok"],
  "page /quan-tri/co-quan":                ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/cuoc-buu-chinh":         ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/ngay-nghi":              ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/thu-tuc":                ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/thu-tuc/[code]":         ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  "page /quan-tri/tich-hop":               ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "ok"],
  // Files: PDFs, XLSX, attachments
  "PDF online receipt":                    ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF Mẫu 01":                            ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF Mẫu 02":                            ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF Mẫu 03":                            ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF Mẫu 04":                            ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF Mẫu 05 (internal)":                 ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF stop notice":                       ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF result hand-over slip":             ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF payment receipt":                   ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "attachment of the application":         ["ok",    "404",  "ok",   "ok",      "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "ok",     "404"],
  "XLSX tracking book":                    ["404",   "404",  "ok",   "ok",      "ok",  "404", "404",  "ok",    "ok",       "ok",   "404", "404",  "ok",     "404"],
  "XLSX report (agency A)":                ["404",   "404",  "404",  "404",     "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "PDF postal hand-over record":           ["404",   "404",  "ok",   "404",     "404", "404", "ok",   "404",   "404",      "404",  "404", "404",  "404",    "404"],
  // Staff actions
  "receive (online dossier)":              ["404",   "404",  "ok",   "deny",    "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "request supplement (reception)":        ["404",   "404",  "ok",   "deny",    "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "assign a specialist":                   ["404",   "404",  "deny", "deny",    "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "ask another agency's opinion":          ["404",   "404",  "deny", "ok",      "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "answer the opinion":                    ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "ok",     "404"],
  "attach a file to the opinion":          ["404",   "404",  "404",  "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "ok",     "404"],
  "upload the result":                     ["404",   "404",  "404",  "ok",       "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "record a paper-only result":            ["404",   "404",  "404",  "ok",       "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "issue Mẫu 04":                          ["404",   "404",  "deny", "deny",    "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "approve (leader only)":                 ["404",   "404",  "deny", "deny",    "ok",  "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "collect cash":                          ["404",   "404",  "ok",   "deny",    "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "return the result at the counter":      ["404",   "404",  "ok",   "deny",    "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "hand the result to the post":           ["404",   "404",  "ok",   "deny",    "deny","404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "draw up the hand-over record":          ["404",   "404",  "ok",   "deny",    "deny","deny","deny", "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "confirm the record for the agency":     ["404",   "404",  "ok",   "deny",    "deny","deny","deny", "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "confirm the record for the post":       ["404",   "404",  "deny", "deny",    "deny","deny","ok",   "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "scan a shipment (postal desk)":         ["404",   "404",  "404",  "404",     "404", "404", "ok",   "404",   "404",      "404",  "404", "404",  "404",    "404"],
  "receive a walk-in at the counter":      ["404",   "404",  "ok",   "404",     "404", "404", "404",  "404",   "404",      "404",  "404", "404",  "404",    "404"],
};

// ─── The people ──────────────────────────────────────────────────────────────────────────────

const agencyId = async (code: string) =>
  (await db.agency.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

/** A person with exactly the given roles (fresh, so that the seed's multi-role people do not blur a column). */
async function staff(name: string, roles: [string, StaffRole][]): Promise<Actor> {
  const person = await seedCitizen(name);
  for (const [agency, role] of roles)
    await db.staffMembership.create({ data: { userId: person.userId, agencyId: agency, role } });
  return (await loadActor(person.userId))!;
}

let A: string, B: string, C: string;
const people = {} as Record<Exclude<Who, "applicant">, Actor>;

// ─── The dossiers ────────────────────────────────────────────────────────────────────────────

const version = async (id: string) =>
  (await db.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Filed online with agency A by a fresh applicant, whose name a refusal must never show. */
async function submitted(procedure = "1.001193") {
  const applicant = await seedCitizen(`Người Nộp Ma Trận ${randomUUID().slice(0, 8)}`);
  const id = await seedCompleteDraft(applicant, procedure);
  const { code } = await submitDossier(applicant, id);
  return { id, code, applicant };
}
async function received(procedure?: string) {
  const d = await submitted(procedure);
  await takeStaffAction(people.counter, d.id, "RECEIVE", { version: await version(d.id) });
  return d;
}
async function processing() {
  const d = await received();
  await assignSpecialist(people.leader, d.id, { assigneeId: people.specialist.userId, version: await version(d.id) });
  return d;
}
async function consulted() {
  const d = await processing();
  await requestOpinions(people.specialist, d.id, {
    version: await version(d.id),
    requests: [{ agencyId: C, question: "Đề nghị cho ý kiến về hồ sơ.", workingDays: 5 }],
  });
  const { id: consultationId } = await db.consultation.findFirstOrThrow({
    where: { dossierId: d.id },
    select: { id: true },
  });
  return { ...d, consultationId };
}
/** In processing, due within the hour: the leader may issue Mẫu 04. */
async function nearDeadline() {
  const d = await processing();
  await db.dossier.update({ where: { id: d.id }, data: { dueAt: new Date(Date.now() + 3_600_000) } });
  return d;
}
async function awaitingApproval() {
  const d = await processing();
  await takeStaffAction(people.specialist, d.id, "PROPOSE_RESULT", {
    version: await version(d.id),
    note: "Đủ điều kiện",
  });
  return d;
}
async function resolved({ byPost = false } = {}) {
  const applicant = await seedCitizen(`Người Nộp Ma Trận ${randomUUID().slice(0, 8)}`);
  const id = await seedCompleteDraft(applicant);
  if (byPost)
    await saveDeliveryChoice(applicant, id, {
      resultDelivery: "POST",
      dossierByPost: false,
      address: {
        provinceCode: "80",
        communeCode: "25480",
        street: "12 đường 30 Tháng 4",
        recipientName: "Người Nhận Ma Trận",
        recipientPhone: "0912 345 678",
      },
    });
  const { code } = await submitDossier(applicant, id);
  await takeStaffAction(people.counter, id, "RECEIVE", { version: await version(id) });
  await assignSpecialist(people.leader, id, { assigneeId: people.specialist.userId, version: await version(id) });
  await takeStaffAction(people.specialist, id, "PROPOSE_RESULT", { version: await version(id), note: "Đủ điều kiện" });
  await takeStaffAction(people.leader, id, "APPROVE", { version: await version(id) });
  return { id, code, applicant };
}
async function awaitingPayment() {
  const d = await received(FEE_PROCEDURE);
  await takeStaffAction(people.counter, d.id, "REQUEST_PAYMENT", { version: await version(d.id) });
  return d;
}
async function fee(id: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { dossierId: id }, select: { totalVnd: true } });
  return String(bill.totalVnd);
}
/** A result handed to the post and waiting for its hand-over record. */
async function shipped() {
  const d = await resolved({ byPost: true });
  const shipment = await handResultToPost(people.counter, d.id);
  return { ...d, trackingNumber: shipment.trackingNumber };
}
async function handover() {
  // Results of earlier tests may be waiting too: the record takes them all, which is what the desk does.
  const d = await shipped();
  const h = await createHandover(people.counter, A, "RESULT_TO_CITIZEN");
  return { ...d, handoverId: h.id };
}
/** …and the record confirmed by both sides: the post may pick the result up. */
async function handedOver() {
  const d = await handover();
  await confirmHandover(people.counter, d.handoverId, "AGENCY");
  await confirmHandover(people.postal, d.handoverId, "POST");
  return d;
}
async function walkIn() {
  const name = `Người Đến Quầy ${randomUUID().slice(0, 8)}`;
  const id = await createWalkIn(people.counter, {
    procedureCode: "1.001193",
    agencyId: A,
    channel: "COUNTER",
    applicantPersonalId: `0993${String(Date.now()).slice(-8)}`,
    applicantName: name,
    applicantPhone: "0912111222",
  });
  await saveWalkInForm(people.counter, id, await validAnswers("1.001193"));
  const components = await db.documentComponent.findMany({
    where: { procedure: { code: "1.001193" }, required: true },
    select: { id: true },
  });
  await db.paperSubmission.createMany({
    data: components.map((c) => ({ dossierId: id, componentId: c.id, summary: "Bản giấy nộp tại quầy" })),
  });
  return { id, applicant: { fullName: name } };
}
/** Someone collecting the result on the applicant's behalf, with an authorisation (giấy ủy quyền). */
const REPRESENTATIVE = {
  recipientPersonalId: "079123456789",
  recipientName: "Người Nhận Thay Ma Trận",
  authorisation: "Giấy ủy quyền số 12/UQ ngày 01/12/2026",
};
const pdfBody = () =>
  Readable.from([
    Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    ),
  ]);

// ─── Calling a resource as someone ───────────────────────────────────────────────────────────

const NOT_FOUND_PAGE = "NEXT_HTTP_ERROR_FALLBACK;404";

/** A page rendered as `actor`: "ok", or "404" when it answers Next's not-found. */
async function page(actor: Actor, render: () => Promise<unknown>): Promise<"ok" | "404"> {
  signedIn.actor = actor;
  try {
    await render();
    return "ok";
  } catch (e) {
    if ((e as { digest?: string }).digest === NOT_FOUND_PAGE) return "404";
    throw e;
  }
}

type Route<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
/** A file route as `actor`: "ok" on 200, "404" on a 404 whose body names nobody. */
async function file<P>(actor: Actor, route: Route<P>, params: P, url = "http://localhost/x", names: string[] = []) {
  signedIn.actor = actor;
  const res = await route(new Request(url), { params: Promise.resolve(params) });
  if (res.status === 200) return "ok";
  expect(res.status, await res.clone().text()).toBe(404);
  const body = await res.text();
  for (const n of names) expect(body).not.toContain(n);
  return "404";
}
const query = async (url: string, get: (r: Request) => Promise<Response>, actor: Actor) => {
  signedIn.actor = actor;
  const res = await get(new Request(url));
  if (res.status === 200) return "ok";
  expect(res.status).toBe(404);
  return "404";
};

/** What a command may change: the dossier row and everything hanging off it, and the postal records. */
async function snapshot(dossierId: string | null) {
  const [dossier, handovers, shipments, payments, attachments] = await Promise.all([
    dossierId
      ? db.dossier.findUnique({
          where: { id: dossierId },
          select: {
            status: true,
            version: true,
            updatedAt: true,
            assigneeId: true,
            dueAt: true,
            awaitingApproval: true,
            _count: {
              select: {
                events: true,
                attachments: true,
                consultations: true,
                shipments: true,
                supplementRequests: true,
                outbox: true,
              },
            },
            consultations: { select: { state: true, answer: true } },
            reappointment: { select: { state: true } },
          },
        })
      : null,
    db.postalHandover.findMany({
      where: { agencyId: A },
      orderBy: { id: "asc" },
      select: { id: true, postConfirmedAt: true, agencyConfirmedAt: true },
    }),
    db.shipment.findMany({
      where: { agencyId: A },
      orderBy: { id: "asc" },
      select: { id: true, status: true, handoverId: true, _count: { select: { events: true } } },
    }),
    db.payment.count(),
    db.attachment.count(),
  ]);
  return { dossier, handovers, shipments, payments, attachments };
}

/**
 * A command as `actor` on a prepared state: "ok" when it succeeds; otherwise the refusal, checked:
 * nothing changed, the applicant not named, and "404" when it says NOT_FOUND.
 */
async function command(
  actor: Actor,
  state: { id: string | null; applicant?: { fullName: string } },
  run: () => Promise<unknown>,
): Promise<Expect> {
  const before = await snapshot(state.id);
  const outcome = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (outcome === null) return "ok";
  const error = outcome as { code?: string; message?: string };
  expect(error.code, String(error.message)).toBeDefined(); // an expected refusal, not a crash
  if (state.applicant) expect(error.message).not.toContain(state.applicant.fullName);
  expect(await snapshot(state.id)).toEqual(before);
  return error.code === "NOT_FOUND" ? "404" : "deny";
}

// ─── The checks behind each row ──────────────────────────────────────────────────────────────

type Check = {
  /** The state the row is tried on; a command's is prepared again for every column that may act. */
  prepare: () => Promise<Record<string, unknown> & { id: string | null; applicant?: { fullName: string } }>;
  /** What the row yields for one person. `stale` asks a command to replay an older version. */
  attempt: (actor: Actor, state: Awaited<ReturnType<Check["prepare"]>>, stale: boolean) => Promise<Expect>;
  /** Commands change the state: each column that may act gets a fresh one. */
  changes?: boolean;
};

const today = () => vietnamDateOf(new Date());
const v = async (id: string, stale: boolean) => (await version(id)) - (stale ? 1 : 0);
type S = { id: string; code?: string; applicant: { fullName: string } } & Record<string, unknown>;
const s = (state: unknown) => state as S;

const CHECKS: Record<keyof typeof POLICY, Check> = {
  "page /can-bo": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => InboxPage({ searchParams: Promise.resolve({}) })),
  },
  "inbox lists the dossier": {
    prepare: consulted,
    attempt: async (a, st) => {
      const listed = [];
      for (const view of ["processing", "opinions"] as const)
        listed.push(...(await listInbox(a, inboxQuerySchema.parse({ view, q: s(st).code }))).items.map((d) => d.id));
      return listed.includes(s(st).id) ? "ok" : "404";
    },
  },
  "page /can-bo/ho-so/[id]": {
    prepare: consulted,
    attempt: (a, st) => page(a, () => StaffDossierPage({ params: Promise.resolve({ id: s(st).id }) })),
  },
  // The loader itself, not only the page's gate: the post office never reads the file it carries.
  "case file of a dossier sent by post": {
    prepare: shipped,
    attempt: (a, st) =>
      getDossierForActor(a, s(st).id).then(
        () => "ok" as const,
        (e: { code?: string; message?: string }) => {
          expect(e.code).toBe("NOT_FOUND");
          expect(e.message).not.toContain(s(st).applicant.fullName);
          return "404" as const;
        },
      ),
  },
  "page /can-bo/tiep-nhan": { prepare: async () => ({ id: null }), attempt: (a) => page(a, () => IntakeDeskPage()) },
  "page /can-bo/tiep-nhan/[id]": {
    prepare: walkIn,
    attempt: (a, st) => page(a, () => WalkInPage({ params: Promise.resolve({ id: s(st).id }) })),
  },
  "page /can-bo/so-theo-doi": {
    prepare: async () => ({ id: null }),
    attempt: (a) =>
      page(a, () => TrackingBookPage({ searchParams: Promise.resolve({ "tu-ngay": today(), "den-ngay": today() }) })),
  },
  "tracking book lists the dossier": {
    prepare: consulted,
    attempt: async (a, st) => {
      const book = await listTrackingBook(a, { from: today(), to: today() });
      return book.rows.some((r) => r.code === s(st).code) ? "ok" : "404";
    },
  },
  "page /can-bo/bao-cao (agency A)": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => ReportPage({ searchParams: Promise.resolve({ "co-quan": AGENCY }) })),
  },
  "page /buu-chinh": { prepare: async () => ({ id: null }), attempt: (a) => page(a, () => PostalDeskPage()) },
  "page /buu-chinh/bien-ban/[id]": {
    prepare: handover,
    attempt: (a, st) => page(a, () => HandoverPage({ params: Promise.resolve({ id: String(s(st).handoverId) }) })),
  },
  "page /quan-tri": { prepare: async () => ({ id: null }), attempt: (a) => page(a, () => AdminHome()) },
  "page /quan-tri/can-bo (agency A)": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminStaffPage({ searchParams: Promise.resolve({ "co-quan": A }) })),
  },
  "page /quan-tri/thong-bao": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminNotificationsPage()),
  },
  "page /quan-tri/co-quan": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminAgenciesPage({ searchParams: Promise.resolve({}) })),
  },
  "page /quan-tri/cuoc-buu-chinh": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminTariffPage()),
  },
  "page /quan-tri/ngay-nghi": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminHolidaysPage({ searchParams: Promise.resolve({}) })),
  },
  "page /quan-tri/thu-tuc": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminProceduresPage()),
  },
  "page /quan-tri/thu-tuc/[code]": {
    prepare: async () => ({ id: null }),
    attempt: (a) =>
      page(a, () =>
        AdminProcedurePage({
          params: Promise.resolve({ code: "1.001193" }),
          searchParams: Promise.resolve({}),
        } as never),
      ),
  },
  "page /quan-tri/tich-hop": {
    prepare: async () => ({ id: null }),
    attempt: (a) => page(a, () => AdminIntegrationsPage()),
  },
  "PDF online receipt": {
    prepare: consulted,
    attempt: (a, st) => file(a, receiptPdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF Mẫu 01": {
    prepare: consulted,
    attempt: (a, st) => file(a, mau01Pdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF Mẫu 02": {
    prepare: async () => {
      const d = await submitted();
      await requestSupplement(people.counter, d.id, {
        version: await version(d.id),
        items: [{ label: "Giấy chứng sinh bản chính", reason: "Bản chụp bị mờ" }],
        note: "Nộp lại trong 05 ngày",
      });
      return d;
    },
    attempt: (a, st) => file(a, mau02Pdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF Mẫu 03": {
    prepare: async () => {
      const d = await submitted();
      await takeStaffAction(people.counter, d.id, "REFUSE_RECEPTION", {
        version: await version(d.id),
        note: "Không thuộc thẩm quyền",
      });
      return d;
    },
    attempt: (a, st) => file(a, mau03Pdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF Mẫu 04": {
    prepare: async () => {
      const d = await nearDeadline();
      await issueReappointment(people.leader, d.id, {
        version: await version(d.id),
        reason: "Cần xác minh thêm giấy chứng sinh với bệnh viện.",
        newDueDate: vietnamDateOf(new Date(Date.now() + 7 * 86_400_000)),
      });
      // The agency asked for an opinion, too: Mẫu 04 is still not for it.
      await requestOpinions(people.specialist, d.id, {
        version: await version(d.id),
        requests: [{ agencyId: C, question: "Đề nghị cho ý kiến về hồ sơ.", workingDays: 5 }],
      });
      return d;
    },
    attempt: (a, st) => file(a, mau04Pdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF Mẫu 05 (internal)": {
    prepare: consulted,
    attempt: (a, st) => file(a, mau05Pdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF stop notice": {
    prepare: async () => {
      const d = await received();
      await takeStaffAction(people.leader, d.id, "STOP", {
        version: await version(d.id),
        note: "Người nộp đề nghị dừng",
      });
      return d;
    },
    attempt: (a, st) => file(a, stopNoticePdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF result hand-over slip": {
    prepare: async () => {
      const d = await resolved();
      await returnResultAtCounter(people.counter, d.id, { version: await version(d.id), ...REPRESENTATIVE });
      return d;
    },
    attempt: (a, st) => file(a, resultSlipPdf, { id: s(st).id }, undefined, [s(st).applicant.fullName]),
  },
  "PDF payment receipt": {
    prepare: async () => {
      const d = await awaitingPayment();
      const payment = await recordCashPayment(people.counter, d.id, {
        amountVnd: await fee(d.id),
        currency: "VND",
        version: await version(d.id),
      });
      return { ...d, paymentId: (payment as { id: string }).id };
    },
    attempt: (a, st) =>
      file(a, paymentReceiptPdf, { id: s(st).id, paymentId: String(s(st).paymentId) }, undefined, [
        s(st).applicant.fullName,
      ]),
  },
  "attachment of the application": {
    prepare: async () => {
      const d = await consulted();
      const { id: attachmentId } = await db.attachment.findFirstOrThrow({
        where: { dossierId: d.id },
        select: { id: true },
      });
      return { ...d, attachmentId };
    },
    attempt: (a, st) =>
      getAttachmentForActor(a, String(s(st).attachmentId)).then(
        () => "ok" as const,
        (e: { code?: string }) => {
          expect(e.code).toBe("NOT_FOUND");
          return "404" as const;
        },
      ),
  },
  "XLSX tracking book": {
    prepare: async () => ({ id: null }),
    attempt: (a) =>
      query(
        `http://localhost/api/so-theo-doi?tu-ngay=${today()}&den-ngay=${today()}&dinh-dang=xlsx`,
        trackingBookFile,
        a,
      ),
  },
  "XLSX report (agency A)": {
    prepare: async () => ({ id: null }),
    attempt: (a) =>
      query(`http://localhost/api/bao-cao?co-quan=${AGENCY}&ky=nam&nam=2026&dinh-dang=xlsx`, reportFile, a),
  },
  "PDF postal hand-over record": {
    prepare: handover,
    attempt: (a, st) => file(a, handoverPdf, { id: String(s(st).handoverId) }, undefined, [s(st).applicant.fullName]),
  },
  // Commands: a refused column replays a stale version when `stale` is set.
  "receive (online dossier)": {
    changes: true,
    prepare: submitted,
    attempt: (a, st, stale) =>
      command(a, s(st), async () => takeStaffAction(a, s(st).id, "RECEIVE", { version: await v(s(st).id, stale) })),
  },
  "request supplement (reception)": {
    changes: true,
    prepare: submitted,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        requestSupplement(a, s(st).id, {
          version: await v(s(st).id, stale),
          items: [{ label: "Giấy chứng sinh bản chính", reason: "Bản chụp bị mờ" }],
        }),
      ),
  },
  "assign a specialist": {
    changes: true,
    prepare: received,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        assignSpecialist(a, s(st).id, { assigneeId: people.specialist.userId, version: await v(s(st).id, stale) }),
      ),
  },
  "ask another agency's opinion": {
    changes: true,
    prepare: processing,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        requestOpinions(a, s(st).id, {
          version: await v(s(st).id, stale),
          requests: [{ agencyId: C, question: "Đề nghị cho ý kiến về hồ sơ.", workingDays: 5 }],
        }),
      ),
  },
  "answer the opinion": {
    changes: true,
    prepare: consulted,
    attempt: (a, st) =>
      command(a, s(st), () => answerOpinion(a, String(s(st).consultationId), { answer: "Thống nhất với đề xuất." })),
  },
  "attach a file to the opinion": {
    changes: true,
    prepare: consulted,
    attempt: (a, st) =>
      command(a, s(st), () =>
        uploadOpinionFile(a, {
          consultationId: String(s(st).consultationId),
          fileName: "y-kien.pdf",
          declaredBytes: null,
          body: pdfBody(),
        }),
      ),
  },
  "upload the result": {
    changes: true,
    prepare: processing,
    attempt: (a, st) =>
      command(a, s(st), () =>
        uploadResult(a, { dossierId: s(st).id, fileName: "ket-qua.pdf", declaredBytes: null, body: pdfBody() }),
      ),
  },
  "record a paper-only result": {
    changes: true,
    prepare: async () => {
      const d = await processing();
      await db.dossier.update({ where: { id: d.id }, data: { resultDelivery: "ELECTRONIC" } });
      return d;
    },
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        recordPaperOnlyResult(a, s(st).id, { reason: "Cấp bản giấy", version: await v(s(st).id, stale) }),
      ),
  },
  "issue Mẫu 04": {
    changes: true,
    prepare: nearDeadline,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        issueReappointment(a, s(st).id, {
          version: await v(s(st).id, stale),
          reason: "Cần xác minh thêm giấy chứng sinh với bệnh viện.",
          newDueDate: vietnamDateOf(new Date(Date.now() + 7 * 86_400_000)),
        }),
      ),
  },
  "approve (leader only)": {
    changes: true,
    prepare: awaitingApproval,
    attempt: (a, st, stale) =>
      command(a, s(st), async () => takeStaffAction(a, s(st).id, "APPROVE", { version: await v(s(st).id, stale) })),
  },
  "collect cash": {
    changes: true,
    prepare: awaitingPayment,
    attempt: async (a, st, stale) => {
      const amountVnd = await fee(s(st).id);
      return command(a, s(st), async () =>
        recordCashPayment(a, s(st).id, { amountVnd, currency: "VND", version: await v(s(st).id, stale) }),
      );
    },
  },
  "return the result at the counter": {
    changes: true,
    prepare: resolved,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        returnResultAtCounter(a, s(st).id, { version: await v(s(st).id, stale), ...REPRESENTATIVE }),
      ),
  },
  "hand the result to the post": {
    changes: true,
    prepare: () => resolved({ byPost: true }),
    attempt: (a, st) => command(a, s(st), () => handResultToPost(a, s(st).id)),
  },
  "draw up the hand-over record": {
    changes: true,
    prepare: shipped,
    attempt: (a, st) => command(a, s(st), () => createHandover(a, A, "RESULT_TO_CITIZEN")),
  },
  "confirm the record for the agency": {
    changes: true,
    prepare: handover,
    attempt: (a, st) => command(a, s(st), () => confirmHandover(a, String(s(st).handoverId), "AGENCY")),
  },
  "confirm the record for the post": {
    changes: true,
    prepare: handover,
    attempt: (a, st) => command(a, s(st), () => confirmHandover(a, String(s(st).handoverId), "POST")),
  },
  "scan a shipment (postal desk)": {
    changes: true,
    prepare: handedOver,
    attempt: (a, st) =>
      command(a, s(st), () =>
        recordEventByOfficer(a, { trackingNumber: String(s(st).trackingNumber), kind: "PICKED_UP" }),
      ),
  },
  "receive a walk-in at the counter": {
    changes: true,
    prepare: walkIn,
    attempt: (a, st, stale) =>
      command(a, s(st), async () =>
        receiveAtCounter(a, s(st).id, { version: await v(s(st).id, stale), resultDelivery: "COUNTER" }),
      ),
  },
};

// ─── The run ─────────────────────────────────────────────────────────────────────────────────

beforeAll(async () => {
  [A, C] = await Promise.all([agencyId(AGENCY), agencyId(CONSULTED)]);
  const other = await db.agency.findFirstOrThrow({
    where: { level: "COMMUNE", code: { not: AGENCY } },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  B = other.id;
  const centre = await agencyId(CENTRE);
  Object.assign(people, {
    citizen: await seedCitizen("Người Lạ Ma Trận"),
    counter: await staff("Cán Bộ Một Cửa A", [[A, "COUNTER_OFFICER"]]),
    specialist: await staff("Chuyên Viên A", [[A, "SPECIALIST"]]),
    leader: await staff("Lãnh Đạo A", [[A, "LEADER"]]),
    admin: await staff("Quản Trị A", [[A, "ADMIN"]]),
    postal: await staff("Bưu Tá A", [[A, "POSTAL_OFFICER"]]),
    counterB: await staff("Cán Bộ Một Cửa B", [[B, "COUNTER_OFFICER"]]),
    specialistB: await staff("Chuyên Viên B", [[B, "SPECIALIST"]]),
    leaderB: await staff("Lãnh Đạo B", [[B, "LEADER"]]),
    adminB: await staff("Quản Trị B", [[B, "ADMIN"]]),
    postalB: await staff("Bưu Tá B", [[B, "POSTAL_OFFICER"]]),
    consulted: await staff("Chuyên Viên Sở", [[C, "SPECIALIST"]]),
    provinceAdmin: await staff("Quản Trị Tỉnh", [[centre, "ADMIN"]]),
  });
});

// The matrix's staff leave the seeded agencies as they found them: other test files count their
// leaders (the deadline scan warns them) and their counters.
afterAll(async () => {
  const ids = Object.values(people).map((p) => p.userId);
  await db.staffMembership.deleteMany({ where: { userId: { in: ids } } });
});

const applicantOf = async (state: { applicant?: unknown }): Promise<Actor | null> => {
  const a = state.applicant as { userId?: string } | undefined;
  return a?.userId ? loadActor(a.userId) : null;
};

/** The staff areas each column's header links to (components/layout/site-header.tsx): only what the role opens. */
// prettier-ignore
const NAVIGATION: Record<Who, string[]> = {
  applicant: [], citizen: [],
  counter: ["/can-bo"], specialist: ["/can-bo"], leader: ["/can-bo"], admin: ["/quan-tri"], postal: ["/buu-chinh"],
  counterB: ["/can-bo"], specialistB: ["/can-bo"], leaderB: ["/can-bo"], adminB: ["/quan-tri"], postalB: ["/buu-chinh"],
  consulted: ["/can-bo"], provinceAdmin: ["/quan-tri"],
};
const STAFF_AREAS = ["/can-bo", "/buu-chinh", "/quan-tri"];

/** Every `href` in a rendered element tree (the header's components are plain functions of their props). */
function hrefs(node: ReactNode): string[] {
  if (Array.isArray(node)) return node.flatMap(hrefs);
  if (!isValidElement(node)) return [];
  const props = node.props as { href?: string; children?: ReactNode };
  return [...(props.href ? [props.href] : []), ...hrefs(props.children)];
}

describe("staff navigation", () => {
  it("links each role to the staff areas it may open, and to no other", async () => {
    const actual: Partial<Record<Who, string[]>> = {};
    for (const w of WHO) {
      const actor = w === "applicant" ? await seedCitizen("Người Nộp Điều Hướng") : people[w];
      actual[w] = hrefs(SiteHeaderView({ locale: "vi", actor })).filter((h) => STAFF_AREAS.includes(h));
    }
    expect(actual).toEqual(NAVIGATION);
  });
});

describe("role × resource matrix", () => {
  it("has a cell for every column in every row", () => {
    for (const [row, cells] of Object.entries(POLICY)) expect(cells, row).toHaveLength(WHO.length);
  });

  for (const [row, cells] of Object.entries(POLICY)) {
    it(row, async () => {
      const check = CHECKS[row];
      const actual: Partial<Record<Who, Expect>> = {};
      const expected = Object.fromEntries(WHO.map((w, i) => [w, cells[i]]));
      // Everyone who must be refused tries the same state first (stale versions for commands), so
      // that a refusal is seen on a dossier where the step is possible; then each column that may
      // act gets its own fresh state.
      const shared = await check.prepare();
      const who = async (w: Who, state: typeof shared) =>
        w === "applicant" ? await applicantOf(state) : people[w as Exclude<Who, "applicant">];
      for (const w of WHO) {
        if (check.changes && cells[WHO.indexOf(w)] === "ok") continue;
        const actor = await who(w, shared);
        actual[w] = actor ? await check.attempt(actor, shared, cells[WHO.indexOf(w)] === "404") : "404";
      }
      for (const w of WHO) {
        if (!(check.changes && cells[WHO.indexOf(w)] === "ok")) continue;
        const state = await check.prepare();
        const actor = await who(w, state);
        actual[w] = actor ? await check.attempt(actor, state, false) : "404";
      }
      expect(actual).toEqual(expected);
    });
  }
});
