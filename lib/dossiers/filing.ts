import "server-only";
import type { Tx } from "../db/create-client";
import { nextDossierCode } from "./codes";
import { recordTransition, transitionWebhooks } from "./record-transition";

// Filing a dossier, the one home for all three ways in (online, integration API, counter): first
// assertFileable decides whether it may be filed, then fileDossier gives it its legal code and
// records the change.
export { assertFileable, type Filing, type FilingRoute } from "./filing-rules";

type Transition = Parameters<typeof recordTransition>[1];

export type Filed = Omit<Transition, "dossier" | "webhooks"> & {
  /** The dossier as loaded, before it has a code. */
  dossier: Omit<Transition["dossier"], "code">;
  /** The agency whose daily sequence numbers the dossier: where it is received. */
  receivingAgency: { id: string; code: string };
  /** When it is filed: the code's day and the submission time. */
  at: Date;
};

/**
 * Gives the dossier its code (TT 01/2018/TT-VPCP Art. 19, lib/dossiers/codes.ts) and records the
 * change with the code and the submission time, in the caller's transaction.
 *
 * The agency's code counter stays locked from the code until the caller commits, and every other
 * filing at the agency waits for it: the webhook subscriptions the change notifies are read
 * before the code, and nothing else is read after it here. A caller keeps its own reads before
 * this call too.
 */
export async function fileDossier(tx: Tx, filed: Filed): Promise<{ code: string }> {
  const { dossier, receivingAgency, at, data, ...transition } = filed;
  const webhooks = await transitionWebhooks(tx, transition.to);
  const code = await nextDossierCode(tx, receivingAgency, at);
  await recordTransition(tx, {
    ...transition,
    dossier: { ...dossier, code },
    data: { ...data, code, submittedAt: at },
    webhooks,
  });
  return { code };
}
