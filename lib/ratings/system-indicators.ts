// Indicators 5, 6, 8 and 9 of TT 01/2018/TT-VPCP (Art. 14(2)–(3)): measures of the agency from
// the system's own data, never questions to the citizen. Scored for each evaluated dossier from
// that dossier's facts when the citizen rates it, so the statistics add them up with the citizen's
// scores (StatDaily.indicatorSums) and lib/statistics can score any other set of facts alike. Pure.
import type { Score, SystemIndicatorCode } from "./indicators";

export interface SystemFacts {
  /** Received through the one-stop office (its counter, the portal or the post) and its result returned through it. */
  receivedAtOneStop: boolean;
  resultThroughOneStop: boolean;
  /** The procedure as published in the catalogue: listed at all, and with its documents, time and fees stated. */
  procedurePublished: boolean;
  procedureComplete: boolean;
  /** The dossier's feedback (phản ánh, kiến nghị): how many were sent and how many answered. */
  feedbackSent: number;
  feedbackAnswered: number;
  /** The procedure's online service level (toàn trình / một phần), null when it has none. */
  serviceLevel: "FULL_ONLINE" | "PARTIAL_ONLINE" | null;
}

/**
 * - 5 one-stop: 2 when both reception and result went through the one-stop office, 1 when one of
 *   them did, 0 otherwise;
 * - 6 publicity: 2 published with documents, time and fees; 1 published but incomplete; 0 not published;
 * - 8 feedback: 2 when there was none or every one was answered; 1 when some were; 0 when none was
 *   (the law is silent on partial answers: decision of lib/ratings);
 * - 9 online service: 2 fully online (toàn trình), 1 partly online, 0 none.
 */
export function systemIndicatorScores(f: SystemFacts): Record<SystemIndicatorCode, Score> {
  const oneStop = Number(f.receivedAtOneStop) + Number(f.resultThroughOneStop);
  return {
    ONE_STOP: oneStop === 2 ? 2 : oneStop === 1 ? 1 : 0,
    PUBLICITY: !f.procedurePublished ? 0 : f.procedureComplete ? 2 : 1,
    FEEDBACK: f.feedbackAnswered >= f.feedbackSent ? 2 : f.feedbackAnswered > 0 ? 1 : 0,
    ONLINE: f.serviceLevel === "FULL_ONLINE" ? 2 : f.serviceLevel === "PARTIAL_ONLINE" ? 1 : 0,
  };
}
