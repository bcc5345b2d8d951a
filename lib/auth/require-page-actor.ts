import "server-only";
import { redirect } from "next/navigation";
import { getActor, type Actor } from "./actor";

/** For pages: the signed-in actor, or a redirect to sign-in that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
