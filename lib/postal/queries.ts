import "server-only";
import { openIdNumberOrNull } from "../crypto/personal-data";
import { agencyIdsOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { dossierRecordsScope } from "../dossiers/access";
import { walkInScope } from "../dossiers/walk-in-access";
import { notFound } from "../errors";
import { requireProvinceAdmin } from "../auth/require-admin";
import { isLate } from "./shipment-rules";
import type { Prisma } from "../generated/prisma/client";
import type { Slip } from "./slip";

const shipmentSelect = {
  id: true,
  direction: true,
  trackingNumber: true,
  status: true,
  zone: true,
  targetAt: true,
  createdAt: true,
  slip: true,
  agencyId: true,
  handover: { select: { id: true, number: true, confirmedAt: true } },
  events: {
    orderBy: { at: "asc" },
    select: {
      id: true,
      kind: true,
      at: true,
      operatorStaff: true,
      recipientName: true,
      recipientIdNumber: true,
      note: true,
    },
  },
} as const;

function present<
  T extends {
    slip: unknown;
    targetAt: Date | null;
    events: { kind: string; at: Date; recipientIdNumber: string | null }[];
  },
>(s: T, now: Date) {
  const deliveredAt = s.events.find((e) => e.kind === "DELIVERED")?.at ?? null;
  // The recipient's ID number is sealed at rest.
  const events = s.events.map((e) => ({ ...e, recipientIdNumber: openIdNumberOrNull(e.recipientIdNumber) }));
  return {
    ...s,
    events,
    slip: s.slip as Slip,
    deliveredAt,
    late: isLate({ targetAt: s.targetAt, deliveredAt }, now),
  };
}

export type ShipmentView = ReturnType<typeof present<Prisma.ShipmentGetPayload<{ select: typeof shipmentSelect }>>>;

/** The postal side of a dossier, for whoever may read the dossier (the applicant, its agencies' staff). One statement. */
export async function postalForDossier(actor: Actor, dossierId: string, now = new Date()) {
  const d = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, dossierRecordsScope(actor)] },
    select: {
      id: true,
      status: true,
      resultDelivery: true,
      postalChoice: true,
      applicantId: true,
      shipments: { orderBy: { createdAt: "asc" }, select: shipmentSelect },
    },
  });
  if (!d) throw notFound();
  const shipments = d.shipments.map((s) => present(s, now));
  // The citizen sees the staff's names as the operator reports them, never the identity number in full.
  if (d.applicantId === actor.userId)
    for (const s of shipments)
      for (const e of s.events)
        e.recipientIdNumber = e.recipientIdNumber ? `••••••••${e.recipientIdNumber.slice(-4)}` : null;
  return { status: d.status, resultDelivery: d.resultDelivery, choice: d.postalChoice, shipments };
}

/** The postal officer's desk: per agency served, what to pick up, what is on its way, the records to confirm. */
export async function postalDesk(actor: Actor, now = new Date()) {
  const agencyIds = agencyIdsOf(actor, ["POSTAL_OFFICER"]);
  const agencies = await db.agency.findMany({
    where: { id: { in: agencyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, address: true },
  });
  const [shipments, handovers] = await Promise.all([
    db.shipment.findMany({
      where: {
        agencyId: { in: agencyIds },
        status: { in: ["CREATED", "PICKED_UP", "OUT_FOR_DELIVERY", "FAILED_ATTEMPT"] },
      },
      orderBy: { createdAt: "asc" },
      select: shipmentSelect,
      take: 500,
    }),
    db.postalHandover.findMany({
      where: { agencyId: { in: agencyIds }, confirmedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        number: true,
        agencyId: true,
        direction: true,
        createdAt: true,
        postConfirmedAt: true,
        agencyConfirmedAt: true,
        _count: { select: { shipments: true } },
      },
    }),
  ]);
  const views = shipments.map((s) => present(s, now));
  return agencies.map((a) => {
    const mine = views.filter((s) => s.agencyId === a.id);
    return {
      agency: a,
      toPickUp: mine.filter((s) => s.direction === "RESULT_TO_CITIZEN" && s.status === "CREATED"),
      inDelivery: mine.filter((s) => s.direction === "RESULT_TO_CITIZEN" && s.status !== "CREATED"),
      inboundToHandOver: mine.filter(
        (s) => s.direction === "DOSSIER_TO_AGENCY" && s.status === "PICKED_UP" && !s.handover,
      ),
      inboundToPickUp: mine.filter((s) => s.direction === "DOSSIER_TO_AGENCY" && s.status === "CREATED"),
      handovers: handovers.filter((h) => h.agencyId === a.id),
    };
  });
}

/** A hand-over record, for the staff of its agency (the post office's and the agency's). */
export async function handoverForActor(actor: Actor, id: string) {
  const h = await db.postalHandover.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      direction: true,
      createdAt: true,
      agencyId: true,
      postConfirmedAt: true,
      postSignerName: true,
      agencyConfirmedAt: true,
      agencySignerName: true,
      confirmedAt: true,
      agency: { select: { name: true, address: true, parent: { select: { name: true } } } },
      shipments: {
        orderBy: { trackingNumber: "asc" },
        select: {
          id: true,
          trackingNumber: true,
          status: true,
          slip: true,
          dossier: { select: { id: true, code: true } },
        },
      },
    },
  });
  if (
    !h ||
    !actor.memberships.some(
      (m) => m.agencyId === h.agencyId && (m.role === "POSTAL_OFFICER" || m.role === "COUNTER_OFFICER"),
    )
  )
    throw notFound();
  const roles = actor.memberships.filter((m) => m.agencyId === h.agencyId).map((m) => m.role);
  return {
    ...h,
    shipments: h.shipments.map((s) => ({ ...s, slip: s.slip as unknown as Slip })),
    canConfirmPost: roles.includes("POSTAL_OFFICER") && !h.postConfirmedAt,
    canConfirmAgency: roles.includes("COUNTER_OFFICER") && !h.agencyConfirmedAt,
  };
}

/** Results of the agency waiting for a hand-over record (the counter officer draws it up). */
export async function resultsAwaitingHandover(agencyId: string) {
  return db.shipment.count({
    where: { agencyId, direction: "RESULT_TO_CITIZEN", status: "CREATED", handoverId: null },
  });
}

/** What the delivery step shows: the saved choice and the two-level units to choose from. */
export async function postalFormData(actor: Actor, dossierId: string) {
  const d = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: actor.userId },
    select: { postalChoice: true },
  });
  if (!d) throw notFound();
  return { choice: d.postalChoice, provinces: await unitTree() };
}

/** The same for the counter officer receiving a walk-in dossier at one of their counters. */
export async function counterPostalFormData(actor: Actor, dossierId: string) {
  const d = await db.dossier.findFirst({
    where: { AND: [{ id: dossierId }, walkInScope(actor)] },
    select: { postalChoice: true },
  });
  if (!d) throw notFound();
  return { choice: d.postalChoice, provinces: await unitTree() };
}

async function unitTree() {
  const units = await db.administrativeUnit.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true, level: true, parentCode: true },
  });
  const provinces = units.filter((u) => u.level === "PROVINCE");
  return provinces.map((p) => ({
    code: p.code,
    name: p.name,
    communes: units.filter((u) => u.parentCode === p.code).map((u) => ({ code: u.code, name: u.name })),
  }));
}

/** The tariff as province administrators edit it, zone by zone, lightest band first. */
export async function listTariffForAdmin(actor: Actor) {
  await requireProvinceAdmin(actor);
  return db.postalTariff.findMany({
    orderBy: [{ zone: "asc" }, { maxGrams: "asc" }],
    select: { id: true, zone: true, maxGrams: true, priceVnd: true },
  });
}
