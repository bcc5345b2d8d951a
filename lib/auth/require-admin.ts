import "server-only";
import { notFound as pageNotFound } from "next/navigation";
import type { Db, Tx } from "../db/create-client";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { requirePageActor } from "./require-page-actor";

/**
 * Who may administer what (docs/domain.md §2, "Administrator"). The seed has two kinds of admins:
 * - an ADMIN membership in a PROVINCE-level agency (e.g. the Public Service Centre) makes a
 *   province administrator, who manages everything: holidays, agencies, the procedure
 *   catalogue, and staff of every agency;
 * - an ADMIN membership in a COMMUNE-level agency makes an agency administrator, who manages
 *   only the staff roles of that agency (the catalogue and the calendar are province-wide).
 * Read from the database on every call (inside the command's transaction when given one), so a
 * role just removed stops working at once.
 */
export type AdminScope = { province: boolean; agencyIds: string[] };

export async function loadAdminScope(actor: Actor, client: Db | Tx = db): Promise<AdminScope | null> {
  const rows = await client.staffMembership.findMany({
    where: { userId: actor.userId, role: "ADMIN" },
    select: { agencyId: true, agency: { select: { level: true } } },
  });
  if (rows.length === 0) return null;
  return { province: rows.some((r) => r.agency.level === "PROVINCE"), agencyIds: rows.map((r) => r.agencyId) };
}

/** Not an administrator looks like a page that does not exist: nothing hints at the admin area. */
const notAdmin = () => new AppError("NOT_FOUND", "Không tìm thấy trang.");

export async function requireAdmin(actor: Actor, client: Db | Tx = db): Promise<AdminScope> {
  const scope = await loadAdminScope(actor, client);
  if (!scope) throw notAdmin();
  return scope;
}

export async function requireProvinceAdmin(actor: Actor, client: Db | Tx = db): Promise<AdminScope> {
  const scope = await loadAdminScope(actor, client);
  if (!scope?.province) throw notAdmin();
  return scope;
}

/** Whether the scope covers one agency's staff. */
export const managesAgency = (scope: AdminScope, agencyId: string) =>
  scope.province || scope.agencyIds.includes(agencyId);

/** For admin pages: signed-in administrators only, others get 404. */
export async function requireAdminPage(
  returnTo: string,
  { province = false } = {},
): Promise<{ actor: Actor; scope: AdminScope }> {
  const actor = await requirePageActor(returnTo);
  const scope = await loadAdminScope(actor);
  if (!scope || (province && !scope.province)) pageNotFound();
  return { actor, scope };
}
