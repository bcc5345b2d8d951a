// Webhook topics: one per national status code (`dossier.new`, `dossier.done`…), so a subscriber
// names the changes it cares about with the codes every portal already uses.
import { NATIONAL_STATUS_CODES } from "../national-status-codes";

/** The topic of a change to the status of national code `nationalCode`. */
export const webhookTopic = (nationalCode: string) => `dossier.${nationalCode}`;

export const WEBHOOK_TOPICS = NATIONAL_STATUS_CODES.map(webhookTopic) as [string, ...string[]];
