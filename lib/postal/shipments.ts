import "server-only";
import { randomInt } from "node:crypto";
import type { Tx } from "../db/create-client";
import { AppError } from "../errors";
import type { Prisma, ShipmentDirection } from "../generated/prisma/client";
import { buildSlip } from "./slip";
import { formatTrackingNumber } from "./tracking-number";

// Creating a shipment: its slip from the dossier and the postal choice, a fresh S10 tracking
// number ("RD…VN" for dossiers travelling to the agency, "RR…VN" for results), and CREATED.

const PREFIX: Record<ShipmentDirection, string> = { DOSSIER_TO_AGENCY: "RD", RESULT_TO_CITIZEN: "RR" };

export async function createShipment(
  tx: Tx,
  input: { dossierId: string; direction: ShipmentDirection; agencyId: string; createdById: string | null },
) {
  const d = await tx.dossier.findUniqueOrThrow({
    where: { id: input.dossierId },
    select: {
      code: true,
      postalChoice: true,
      procedure: {
        select: {
          code: true,
          name: true,
          result: true,
          components: { orderBy: { sortOrder: "asc" }, select: { name: true, copyType: true, count: true } },
        },
      },
    },
  });
  if (!d.postalChoice) throw new AppError("INVALID_INPUT", "Hồ sơ chưa có địa chỉ nhận bưu gửi.");
  const agency = await tx.agency.findUniqueOrThrow({
    where: { id: input.agencyId },
    select: { name: true, address: true, phone: true },
  });
  const units = await tx.administrativeUnit.findMany({
    where: { code: { in: [d.postalChoice.communeCode, d.postalChoice.provinceCode] } },
    select: { code: true, name: true },
  });
  const name = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  const slip = buildSlip(input.direction, {
    code: d.code,
    agency,
    procedure: d.procedure,
    choice: {
      ...d.postalChoice,
      communeName: name(d.postalChoice.communeCode),
      provinceName: name(d.postalChoice.provinceCode),
    },
  });
  const now = new Date();
  // A random serial; the unique constraint catches the (very unlikely) collision, and we draw again.
  for (let attempt = 0; ; attempt++) {
    const trackingNumber = formatTrackingNumber(PREFIX[input.direction], randomInt(100_000_000));
    const taken = await tx.shipment.findUnique({ where: { trackingNumber }, select: { id: true } });
    if (taken && attempt < 5) continue;
    return tx.shipment.create({
      data: {
        dossierId: input.dossierId,
        agencyId: input.agencyId,
        direction: input.direction,
        trackingNumber,
        zone: d.postalChoice.zone,
        slip: slip as unknown as Prisma.InputJsonObject,
        createdById: input.createdById,
        events: { create: { kind: "CREATED", at: now, recordedById: input.createdById } },
      },
      select: { id: true, trackingNumber: true },
    });
  }
}

/**
 * At submission: a dossier whose paper is sent by post gets its inbound shipment, whose number
 * the citizen writes on the envelope (called by submitDossier in its transaction).
 */
export async function createInboundShipment(tx: Tx, dossierId: string) {
  const d = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      agencyId: true,
      receivingAgencyId: true,
      postalChoice: { select: { dossierByPost: true } },
      shipments: { where: { direction: "DOSSIER_TO_AGENCY" }, select: { id: true } },
    },
  });
  if (!d.postalChoice?.dossierByPost || d.shipments.length > 0) return null;
  return createShipment(tx, {
    dossierId,
    direction: "DOSSIER_TO_AGENCY",
    agencyId: d.receivingAgencyId ?? d.agencyId,
    createdById: null,
  });
}
