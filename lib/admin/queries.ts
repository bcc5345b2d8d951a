import "server-only";
import { openIdNumberOrNull } from "../crypto/personal-data";
import type { Actor } from "../auth/actor";
import { requireAdmin, requireProvinceAdmin } from "../auth/require-admin";
import { db } from "../db";
import { AppError } from "../errors";

// What the administration pages show. Each query checks the actor's scope itself (pages are
// not trusted) and returns plain data built with `select`.

export async function listCalendarDays(actor: Actor, year: number) {
  await requireProvinceAdmin(actor);
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
    select: { date: true, kind: true, name: true, updatedAt: true, updatedBy: { select: { fullName: true } } },
  });
  return rows.map((r) => ({
    date: r.date.toISOString().slice(0, 10),
    kind: r.kind,
    name: r.name,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy?.fullName ?? null,
  }));
}

export async function listAgenciesForAdmin(actor: Actor) {
  await requireProvinceAdmin(actor);
  const [agencies, units] = await Promise.all([
    db.agency.findMany({
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        shortName: true,
        level: true,
        parentId: true,
        unitCode: true,
        address: true,
        phone: true,
        email: true,
        parent: { select: { name: true } },
        unit: { select: { name: true } },
        updatedAt: true,
        updatedBy: { select: { fullName: true } },
      },
    }),
    db.administrativeUnit.findMany({
      orderBy: [{ level: "asc" }, { name: "asc" }],
      select: { code: true, name: true, kind: true, level: true },
    }),
  ]);
  return { agencies, units };
}
export type AdminAgency = Awaited<ReturnType<typeof listAgenciesForAdmin>>["agencies"][number];

/** The agencies whose staff the actor manages, and the roles in the chosen one (the first by default). */
export async function listStaffForAdmin(actor: Actor, agencyId?: string) {
  const scope = await requireAdmin(actor);
  const agencies = await db.agency.findMany({
    where: scope.province ? {} : { id: { in: scope.agencyIds } },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true },
  });
  const chosen = agencyId ? agencies.find((a) => a.id === agencyId) : agencies[0];
  if (!chosen) throw new AppError("NOT_FOUND", "Không tìm thấy cơ quan.");
  const memberships = await db.staffMembership.findMany({
    where: { agencyId: chosen.id },
    orderBy: [{ user: { fullName: "asc" } }, { role: "asc" }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      grantedBy: { select: { fullName: true } },
      user: { select: { id: true, fullName: true, personalId: true, disabledAt: true } },
    },
  });
  const shown = memberships.map((m) => ({
    ...m,
    user: { ...m.user, personalId: openIdNumberOrNull(m.user.personalId) },
  }));
  return { agencies, agency: chosen, memberships: shown };
}

export async function listProceduresForAdmin(actor: Actor) {
  await requireProvinceAdmin(actor);
  return db.procedure.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, published: true, authorityLevel: true },
  });
}

export async function getProcedureForAdmin(actor: Actor, code: string) {
  await requireProvinceAdmin(actor);
  const procedure = await db.procedure.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      published: true,
      requiresPersonalPresence: true,
      paymentBeforeProcessing: true,
      formDefinition: true,
      updatedAt: true,
      updatedBy: { select: { fullName: true } },
      components: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          name: true,
          copyType: true,
          count: true,
          required: true,
          paperAllowed: true,
          satisfiedByEForm: true,
          note: true,
          templateUrl: true,
        },
      },
      timings: { select: { channel: true, amount: true, unit: true, description: true } },
      fees: {
        orderBy: { amountVnd: "asc" },
        select: {
          id: true,
          kind: true,
          amountVnd: true,
          description: true,
          quantityField: true,
          unitName: true,
        },
      },
      workflowSteps: { orderBy: { sortOrder: "asc" }, select: { name: true, role: true, durationHours: true } },
    },
  });
  if (!procedure) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
  return procedure;
}
export type AdminProcedure = Awaited<ReturnType<typeof getProcedureForAdmin>>;
