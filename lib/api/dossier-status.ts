import "server-only";
import type { z } from "zod";
import { db } from "../db";
import { STATUS_INFO } from "../dossiers/status";
import { notFound } from "../errors";
import type { dossierStatusSchema } from "./schemas";

type DossierStatusView = z.infer<typeof dossierStatusSchema>;
type NationalCode = DossierStatusView["status"];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A dossier's status and steps for a system holding `dossiers:read`: what the public lookup
 * shows (code, procedure, status) plus the dates and steps, and nothing about the person —
 * no name, ID number, contact, notes (a refusal's reasons may be personal) or officers.
 */
export async function dossierStatusByCode(code: string): Promise<DossierStatusView> {
  const d = await db.dossier.findUnique({
    where: { code },
    select: {
      code: true,
      status: true,
      channel: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      finishedAt: true,
      returnedAt: true,
      procedure: { select: { code: true, name: true } },
      agency: { select: { code: true, name: true } },
      events: { orderBy: { createdAt: "asc" }, select: { createdAt: true, action: true, toStatus: true } },
    },
  });
  if (!d || !d.code || d.status === "DRAFT") throw notFound("Không tìm thấy hồ sơ với mã này.");
  return {
    code: d.code,
    procedure: d.procedure,
    agency: d.agency,
    channel: d.channel,
    status: STATUS_INFO[d.status].nationalCode as NationalCode,
    statusName: STATUS_INFO[d.status].label,
    submittedAt: iso(d.submittedAt),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    finishedAt: iso(d.finishedAt),
    returnedAt: iso(d.returnedAt),
    history: d.events.map((e) => ({
      at: e.createdAt.toISOString(),
      action: e.action,
      status: STATUS_INFO[e.toStatus].nationalCode as NationalCode | null,
      statusName: STATUS_INFO[e.toStatus].label,
    })),
  };
}
