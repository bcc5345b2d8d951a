// Writes the demo reference data (units, agencies, catalogue, holidays) and the demo people.
// Idempotent: every row is found by its natural key and updated in place, so a second run
// leaves the database as it was. Child rows of a procedure (components, fees) are matched by
// position and updated rather than deleted and re-created, because attachments of existing
// dossiers point at component ids (Attachment.componentId) and would lose their link.
import { sealIdNumber } from "../../lib/crypto/personal-data";
import { formDefinitionSchema } from "../../lib/forms/definition";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { toSearchText } from "../../lib/text/normalize";
import { agencies } from "./data/agencies";
import { calendarDays } from "./data/calendar";
import { fields } from "./data/fields";
import { demoPeople } from "./data/people";
import { procedures, type ProcedureSeed } from "./data/procedures";
import { units } from "./data/units";
import { postalTariff } from "./data/postal-tariff";

type Tx = Prisma.TransactionClient;

export type SeedSummary = {
  units: number;
  agencies: number;
  fields: number;
  procedures: number;
  documentComponents: number;
  timings: number;
  fees: number;
  procedureAgencies: number;
  calendarDays: number;
  users: number;
  staffMemberships: number;
};

const PROCEDURE_CODE = /^\d\.\d{6}$/;
const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/; // QCVN 102:2016
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD) as the UTC midnight Prisma writes to a @db.Date column. */
const dateOnly = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function fail(message: string): never {
  throw new Error(`Seed data is inconsistent: ${message}`);
}

function unique<T>(items: T[], key: (item: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) fail(`duplicate ${what} ${k}`);
    seen.add(k);
  }
}

/** Checks the data files against each other before anything is written. */
export function validateSeedData(): void {
  unique(units, (u) => u.code, "unit code");
  unique(agencies, (a) => a.code, "agency code");
  unique(fields, (f) => f.code, "field code");
  unique(procedures, (p) => p.code, "procedure code");
  unique(calendarDays, (d) => d.date, "calendar date");
  unique(demoPeople, (p) => p.personalId, "personal id");
  const unitCodes = new Set(units.map((u) => u.code));
  const agencyCodes = new Set(agencies.map((a) => a.code));
  const fieldCodes = new Set(fields.map((f) => f.code));
  for (const a of agencies) {
    if (!AGENCY_CODE.test(a.code)) fail(`agency code ${a.code} is not QCVN 102 shaped`);
    if (!unitCodes.has(a.unitCode)) fail(`agency ${a.code} refers to unknown unit ${a.unitCode}`);
    if (a.parentCode && !agencyCodes.has(a.parentCode)) fail(`agency ${a.code} has unknown parent ${a.parentCode}`);
  }
  for (const p of procedures) {
    if (!PROCEDURE_CODE.test(p.code)) fail(`procedure code ${p.code} is not N.NNNNNN`);
    if (!fieldCodes.has(p.fieldCode)) fail(`procedure ${p.code} refers to unknown field ${p.fieldCode}`);
    if (p.agencyCodes.length === 0) fail(`procedure ${p.code} has no competent agency`);
    for (const c of p.agencyCodes) if (!agencyCodes.has(c)) fail(`procedure ${p.code} refers to unknown agency ${c}`);
    unique(p.timings, (t) => t.channel, `timing channel of ${p.code}`);
    if (p.requiresPersonalPresence && p.timings.some((t) => t.channel === "POSTAL"))
      fail(`procedure ${p.code} requires personal presence but offers the postal channel`);
    const form = formDefinitionSchema.safeParse(p.formDefinition);
    if (!form.success) fail(`form of ${p.code}: ${form.error.message}`);
  }
  for (const d of calendarDays) if (!ISO_DATE.test(d.date)) fail(`calendar date ${d.date} is not YYYY-MM-DD`);
  for (const person of demoPeople)
    for (const s of person.staff ?? [])
      if (!agencyCodes.has(s.agencyCode)) fail(`${person.fullName} is staff of unknown agency ${s.agencyCode}`);
}

async function seedUnitsAndAgencies(tx: Tx): Promise<Map<string, string>> {
  // Parents first: the province precedes its communes in the data file.
  for (const u of units) {
    const data = { name: u.name, kind: u.kind, level: u.level, parentCode: u.parentCode ?? null };
    await tx.administrativeUnit.upsert({ where: { code: u.code }, create: { code: u.code, ...data }, update: data });
  }
  const agencyIds = new Map<string, string>();
  const pending = [...agencies];
  while (pending.length > 0) {
    const index = pending.findIndex((a) => !a.parentCode || agencyIds.has(a.parentCode));
    const a = pending.splice(index, 1)[0];
    if (index < 0 || !a) fail("agency parents form a cycle");
    const data = {
      name: a.name,
      shortName: a.shortName ?? null,
      level: a.level,
      parentId: a.parentCode ? (agencyIds.get(a.parentCode) ?? null) : null,
      unitCode: a.unitCode,
      address: a.address ?? null,
    };
    const row = await tx.agency.upsert({
      where: { code: a.code },
      create: { code: a.code, ...data },
      update: data,
      select: { id: true },
    });
    agencyIds.set(a.code, row.id);
  }
  return agencyIds;
}

/** Updates rows in place by position, creates the missing ones, deletes the surplus. */
async function syncByPosition<T>(
  existingIds: string[],
  wanted: T[],
  update: (id: string, item: T, index: number) => Promise<unknown>,
  create: (item: T, index: number) => Promise<unknown>,
  removeIds: (ids: string[]) => Promise<unknown>,
): Promise<void> {
  for (const [i, item] of wanted.entries()) {
    const id = existingIds[i];
    if (id !== undefined) await update(id, item, i);
    else await create(item, i);
  }
  if (existingIds.length > wanted.length) await removeIds(existingIds.slice(wanted.length));
}

async function seedProcedure(tx: Tx, p: ProcedureSeed, fieldId: string, agencyIds: Map<string, string>): Promise<void> {
  const data = {
    name: p.name,
    nameSearch: toSearchText(p.name),
    fieldId,
    authorityLevel: p.authorityLevel,
    serviceLevel: p.serviceLevel,
    steps: p.steps,
    method: p.method,
    applicants: p.applicants,
    conditions: p.conditions ?? null,
    result: p.result,
    legalBasis: p.legalBasis,
    requiresPersonalPresence: p.requiresPersonalPresence,
    paymentBeforeProcessing: p.paymentBeforeProcessing,
    // Stored with zod defaults applied, exactly as the form builder will read it back.
    formDefinition: formDefinitionSchema.parse(p.formDefinition),
  };
  const { id: procedureId } = await tx.procedure.upsert({
    where: { code: p.code },
    create: { code: p.code, ...data },
    update: data,
    select: { id: true },
  });

  const components = await tx.documentComponent.findMany({
    where: { procedureId },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const componentData = (c: ProcedureSeed["components"][number], i: number) => ({
    sortOrder: i + 1,
    name: c.name,
    copyType: c.copyType,
    count: c.count,
    required: c.required,
    note: c.note ?? null,
    paperAllowed: c.paperAllowed ?? false,
    satisfiedByEForm: c.satisfiedByEForm ?? false,
  });
  await syncByPosition(
    components.map((c) => c.id),
    p.components,
    (id, c, i) => tx.documentComponent.update({ where: { id }, data: componentData(c, i) }),
    (c, i) => tx.documentComponent.create({ data: { procedureId, ...componentData(c, i) } }),
    (ids) => tx.documentComponent.deleteMany({ where: { id: { in: ids } } }),
  );

  for (const t of p.timings) {
    const timing = { amount: t.amount, unit: t.unit, description: t.description ?? null };
    await tx.procedureTiming.upsert({
      where: { procedureId_channel: { procedureId, channel: t.channel } },
      create: { procedureId, channel: t.channel, ...timing },
      update: timing,
    });
  }
  await tx.procedureTiming.deleteMany({ where: { procedureId, channel: { notIn: p.timings.map((t) => t.channel) } } });

  const fees = await tx.procedureFee.findMany({ where: { procedureId }, orderBy: { id: "asc" }, select: { id: true } });
  await syncByPosition(
    fees.map((f) => f.id),
    p.fees,
    (id, f) => tx.procedureFee.update({ where: { id }, data: f }),
    (f) => tx.procedureFee.create({ data: { procedureId, ...f } }),
    (ids) => tx.procedureFee.deleteMany({ where: { id: { in: ids } } }),
  );

  const wantedAgencyIds = p.agencyCodes.map((code) => agencyIds.get(code) ?? fail(`agency ${code} was not seeded`));
  await tx.procedureAgency.deleteMany({ where: { procedureId, agencyId: { notIn: wantedAgencyIds } } });
  await tx.procedureAgency.createMany({
    data: wantedAgencyIds.map((agencyId) => ({ procedureId, agencyId })),
    skipDuplicates: true,
  });
}

async function seedPeople(tx: Tx, agencyIds: Map<string, string>): Promise<void> {
  for (const person of demoPeople) {
    const oidcSubject = `vneid-${person.personalId}`;
    // Sealed like every ID number at rest, with the keys of the process (lib/crypto/personal-data.ts).
    const { sealed, hash } = sealIdNumber(person.personalId);
    const profile = {
      oidcSubject,
      personalId: sealed,
      personalIdHash: hash,
      fullName: person.fullName,
      dateOfBirth: dateOnly(person.dateOfBirth),
      gender: person.gender,
      phone: person.phone,
      email: person.email,
      permanentAddress: person.permanentAddress,
    };
    // Either key may already exist (e.g. the person signed in through the dev IdP first).
    const existing = await tx.user.findFirst({
      where: { OR: [{ personalIdHash: hash }, { oidcSubject }] },
      select: { id: true },
    });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: profile, select: { id: true } })
      : await tx.user.create({ data: profile, select: { id: true } });
    for (const s of person.staff ?? []) {
      const agencyId = agencyIds.get(s.agencyCode) ?? fail(`agency ${s.agencyCode} was not seeded`);
      await tx.staffMembership.upsert({
        where: { userId_agencyId_role: { userId: user.id, agencyId, role: s.role } },
        create: { userId: user.id, agencyId, role: s.role },
        update: {},
      });
    }
  }
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedSummary> {
  validateSeedData();
  await prisma.$transaction(
    async (tx) => {
      const agencyIds = await seedUnitsAndAgencies(tx);
      const fieldIds = new Map<string, string>();
      for (const f of fields) {
        const row = await tx.procedureField.upsert({
          where: { code: f.code },
          create: f,
          update: { name: f.name },
          select: { id: true },
        });
        fieldIds.set(f.code, row.id);
      }
      for (const p of procedures) {
        await seedProcedure(tx, p, fieldIds.get(p.fieldCode) ?? fail(`field ${p.fieldCode} was not seeded`), agencyIds);
      }
      for (const d of calendarDays) {
        const date = dateOnly(d.date);
        await tx.calendarDay.upsert({
          where: { date },
          create: { date, kind: d.kind, name: d.name },
          update: { kind: d.kind, name: d.name },
        });
      }
      await seedPeople(tx, agencyIds);
      for (const t of postalTariff) {
        await tx.postalTariff.upsert({
          where: { zone_maxGrams: { zone: t.zone, maxGrams: t.maxGrams } },
          create: t,
          update: { priceVnd: t.priceVnd },
        });
      }
    },
    // One transaction so that a failed run leaves nothing half-written.
    { maxWait: 10_000, timeout: 120_000 },
  );

  const [
    unitCount,
    agencyCount,
    fieldCount,
    procedureCount,
    componentCount,
    timingCount,
    feeCount,
    linkCount,
    dayCount,
    userCount,
    memberCount,
  ] = await Promise.all([
    prisma.administrativeUnit.count(),
    prisma.agency.count(),
    prisma.procedureField.count(),
    prisma.procedure.count(),
    prisma.documentComponent.count(),
    prisma.procedureTiming.count(),
    prisma.procedureFee.count(),
    prisma.procedureAgency.count(),
    prisma.calendarDay.count(),
    prisma.user.count(),
    prisma.staffMembership.count(),
  ]);
  return {
    units: unitCount,
    agencies: agencyCount,
    fields: fieldCount,
    procedures: procedureCount,
    documentComponents: componentCount,
    timings: timingCount,
    fees: feeCount,
    procedureAgencies: linkCount,
    calendarDays: dayCount,
    users: userCount,
    staffMemberships: memberCount,
  };
}
