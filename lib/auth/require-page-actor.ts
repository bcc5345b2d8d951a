import "server-only";
import { redirect } from "next/navigation";
import { currentSignIn, getActor, type Actor } from "./actor";
import type { SessionProblem } from "./session-rules";

/**
 * The sign-in page's `error` for a session that no longer lets its holder in
 * (app/(public)/dang-nhap/page.tsx words it): staff below level 2 and a disabled account are
 * told so, anything else that ended (logout elsewhere, a role changed, idle, past its end) "has
 * expired".
 */
export function signInErrorFor(problem: SessionProblem): string {
  return problem === "level" ? "StaffLevel2" : problem === "disabled" ? "Disabled" : "SessionEnded";
}

/** For pages: the signed-in actor, or a redirect to sign-in that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const { problem } = await currentSignIn();
  const error = problem ? `&error=${signInErrorFor(problem)}` : "";
  redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}${error}`);
}
