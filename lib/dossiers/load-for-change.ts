import "server-only";
import { doesCaseWork, type Actor } from "../auth/actor";
import type { Tx } from "../db/create-client";
import { notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { caseWorkScope, competentAgencyScope } from "./access";
import { staleDossierError } from "./stale";

/** What every change reads besides its own fields. */
const CHANGE_FIELDS = {
  id: true,
  version: true,
  status: true,
  agencyId: true,
  receivingAgencyId: true,
} satisfies Prisma.DossierSelect;

type LoadOptions<S extends Prisma.DossierSelect> = {
  select: S;
  /** The version the officer's page showed; a change made since is refused (STALE_DOSSIER). */
  version?: number;
  /**
   * "agency": the competent agency's staff only; "agency-or-receiving": also the one-stop agency
   * that received the dossier (its counter hands the result over, collects the fees).
   */
  scope: "agency" | "agency-or-receiving";
};

export type LoadedForChange<S extends Prisma.DossierSelect> = Prisma.DossierGetPayload<{
  select: S & typeof CHANGE_FIELDS;
}>;

/**
 * The opening of a staff command on a dossier, in its transaction: the row is locked first, so the
 * rules checked next hold until commit (a concurrent command waits, then reads what this one
 * wrote); then the dossier is read within the actor's agencies ("not yours" looks like "not found",
 * and so does a draft) and, only then, the version is checked: the "updated by …" refusal names
 * the last person who acted, so nobody outside the scope may reach it.
 */
export async function loadForChange<S extends Prisma.DossierSelect>(
  tx: Tx,
  actor: Actor,
  dossierId: string,
  options: LoadOptions<S>,
): Promise<LoadedForChange<S>> {
  if (!doesCaseWork(actor)) throw notFound();
  await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`;
  return loadInScope(tx, actor, dossierId, options);
}

/**
 * loadForChange without the lock, for a command that must take its locks in another order: the
 * payment gateway's notification locks the bill before the dossier, so cash collected at the
 * counter must not hold the dossier while it waits for the bill.
 */
export async function loadInScope<S extends Prisma.DossierSelect>(
  tx: Tx,
  actor: Actor,
  dossierId: string,
  options: LoadOptions<S>,
): Promise<LoadedForChange<S>> {
  if (!doesCaseWork(actor)) throw notFound();
  const inScope = options.scope === "agency" ? competentAgencyScope(actor) : caseWorkScope(actor);
  const dossier = (await tx.dossier.findFirst({
    where: { AND: [{ id: dossierId }, inScope] },
    select: { ...options.select, ...CHANGE_FIELDS },
  })) as (LoadedForChange<S> & { id: string; version: number }) | null;
  if (!dossier) throw notFound();
  if (options.version !== undefined) await assertCurrentVersion(tx, dossier, options.version);
  return dossier;
}

/** Refuses a change prepared on an older version of the dossier, saying who changed it since. */
export async function assertCurrentVersion(
  tx: Tx,
  dossier: { id: string; version: number },
  version: number,
): Promise<void> {
  if (dossier.version !== version) throw await staleDossierError(tx, dossier.id);
}
