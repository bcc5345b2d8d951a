"use server";
// The online filing's server actions: the wizard's delivery step and the submission itself
// (thin: parse, call the command, map expected errors to the citizen's language).
import { redirect } from "next/navigation";
import { runCommand } from "../actions/safe-action";
import type { ActionState } from "../dossiers/actions";
import { localizedUserMessage } from "../i18n/server";
import { saveDeliveryChoice } from "../postal/commands/save-delivery-choice";
import { submitDossier } from "./submit-dossier";

export async function saveDeliveryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const dossierId = String(formData.get("dossierId") ?? "");
  const next = Number(formData.get("next"));
  // With the post, the address and the postage are checked and stored by lib/postal.
  const choice = {
    resultDelivery: String(formData.get("resultDelivery") ?? ""),
    dossierByPost: formData.get("dossierByPost") === "1",
    address: Object.fromEntries(formData),
  };
  const saved = await runCommand((actor) => saveDeliveryChoice(actor, dossierId, choice), localizedUserMessage, choice);
  if (!saved.ok) return saved.refusal;
  redirect(`/ho-so/${dossierId}?buoc=${Number.isInteger(next) ? next : 1}`);
}

/**
 * Files the draft and answers with its code alone; the button then opens the dossier page. Not
 * a redirect: Next.js answers an action's redirect by fetching the target page from its own
 * server over HTTP and relaying it, a second request inside every submission (decision 018).
 * The "Hồ sơ của tôi" list is rendered per request, so there is no cached copy to revalidate.
 */
export async function submitDossierAction(dossierId: string): Promise<ActionState & { code?: string }> {
  const submitted = await runCommand((actor) => submitDossier(actor, dossierId), localizedUserMessage);
  return submitted.ok ? { ok: true, code: submitted.value.code } : submitted.refusal;
}
