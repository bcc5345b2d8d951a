"use server";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "../auth/actor";
import { leaderAgencies } from "./access";
import { STATISTICS_TAG } from "./cached";
import { refreshStatistics } from "./refresh";

/** A leader brings the figures up to date now instead of waiting for the scheduled refresh. */
export async function refreshNowAction(formData: FormData) {
  const actor = await requireActor();
  if (leaderAgencies(actor).length === 0) redirect("/can-bo");
  await refreshStatistics();
  updateTag(STATISTICS_TAG); // the public page reads through a data cache (cached.ts)
  const back = String(formData.get("quay-lai") ?? "");
  redirect(back.startsWith("/can-bo/bao-cao") ? back : "/can-bo/bao-cao");
}
