import "server-only";
import { notFound } from "next/navigation";
import { isStaff, type Actor } from "./actor";
import { requirePageActor } from "./require-page-actor";

/** For staff pages: signed-in staff only (others get 404, not a hint that the page exists). */
export async function requireStaffPage(returnTo: string): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!isStaff(actor)) notFound();
  return actor;
}
