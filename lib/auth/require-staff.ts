import "server-only";
import { notFound } from "next/navigation";
import { doesCaseWork, isStaff, type Actor } from "./actor";
import { requirePageActor } from "./require-page-actor";

/** For staff pages: signed-in staff only (others get 404, not a hint that the page exists). */
export async function requireStaffPage(returnTo: string): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!isStaff(actor)) notFound();
  return actor;
}

/**
 * For the case-work pages (inbox, dossier, tracking book, intake, reports): staff who work on an
 * agency's dossiers. The postal officer and an administrator without a case-work role get 404,
 * as anyone else does (README, "Roles and scopes").
 */
export async function requireCaseWorkPage(returnTo: string): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!doesCaseWork(actor)) notFound();
  return actor;
}
