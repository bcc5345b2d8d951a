// The figures of a report, derived from summed StatDaily counts. Pure: every rate keeps its
// numerator and denominator, so a page can show why a percentage is what it is, and a rate
// with nothing to divide by is null ("no data"), never 0 % or 100 %.

export type Sums = {
  received: number;
  receivedOnline: number;
  receivedPostal: number;
  receivedCounter: number;
  /** Received dossiers of procedures offered toàn trình, and those of them filed online. */
  fullOnlineReceived: number;
  fullOnlineReceivedOnline: number;
  receivedDigital: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  lateApologised: number;
  electronicResult: number;
  timed: number;
  elapsedHours: number;
  legalHours: number;
  paid: number;
  paidOnline: number;
  ratings: number;
  ratingTotal: number;
  satisfied: number;
  indicatorSums: number[];
  feedback: number;
  feedbackAnswered: number;
};

export const ZERO_SUMS: Sums = {
  received: 0,
  receivedOnline: 0,
  receivedPostal: 0,
  receivedCounter: 0,
  fullOnlineReceived: 0,
  fullOnlineReceivedOnline: 0,
  receivedDigital: 0,
  resolved: 0,
  early: 0,
  onTime: 0,
  late: 0,
  lateApologised: 0,
  electronicResult: 0,
  timed: 0,
  elapsedHours: 0,
  legalHours: 0,
  paid: 0,
  paidOnline: 0,
  ratings: 0,
  ratingTotal: 0,
  satisfied: 0,
  indicatorSums: Array(9).fill(0),
  feedback: 0,
  feedbackAnswered: 0,
};

export function addSums(a: Sums, b: Sums): Sums {
  const out = { ...a, indicatorSums: a.indicatorSums.map((v, i) => v + (b.indicatorSums[i] ?? 0)) };
  for (const k of Object.keys(a) as (keyof Sums)[])
    if (k !== "indicatorSums") (out[k] as number) = (a[k] as number) + (b[k] as number);
  return out;
}

export type Ratio = { numerator: number; denominator: number; value: number | null };
export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});

/** Catalogue counts of the scope: procedures offered, of which toàn trình, of which published in full. */
export type CatalogueCounts = { procedures: number; fullOnline: number; complete: number };

export type Figures = {
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  /** Results decided without a deadline (none was set): resolved, but neither early, on time nor late. */
  unclassified: number;
  /** (early + on time) / results classified against their deadline. */
  onTimeRate: Ratio;
  online: Ratio;
  postal: Ratio;
  counter: Ratio;
  /** Procedures offered toàn trình / procedures offered. */
  fullOnlineProcedures: Ratio;
  /** Dossiers filed online / dossiers received, for the procedures offered toàn trình. */
  fullOnlineDossiers: Ratio;
  /** Average elapsed and legal time, in days of 24 h, of the results with both dates. */
  averageDays: number | null;
  averageLegalDays: number | null;
  satisfaction: Ratio;
  averageRating: number | null;
};

export function figuresOf(s: Sums, catalogue: CatalogueCounts): Figures {
  const classified = s.early + s.onTime + s.late;
  return {
    received: s.received,
    resolved: s.resolved,
    early: s.early,
    onTime: s.onTime,
    late: s.late,
    unclassified: s.resolved - classified,
    onTimeRate: ratio(s.early + s.onTime, classified),
    online: ratio(s.receivedOnline, s.received),
    postal: ratio(s.receivedPostal, s.received),
    counter: ratio(s.receivedCounter, s.received),
    fullOnlineProcedures: ratio(catalogue.fullOnline, catalogue.procedures),
    fullOnlineDossiers: ratio(s.fullOnlineReceivedOnline, s.fullOnlineReceived),
    averageDays: s.timed > 0 ? s.elapsedHours / s.timed / 24 : null,
    averageLegalDays: s.timed > 0 ? s.legalHours / s.timed / 24 : null,
    satisfaction: ratio(s.satisfied, s.ratings),
    averageRating: s.ratings > 0 ? s.ratingTotal / s.ratings : null,
  };
}

/** A rate as a percentage with one decimal, in the locale's notation; "—" without data. */
export function formatPercent(r: Ratio | number | null, locale: "vi" | "en" = "vi"): string {
  const v = typeof r === "number" || r === null ? r : r.value;
  if (v === null) return "—";
  return `${(Math.round(v * 1000) / 10).toLocaleString(locale === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

export function formatNumber(v: number | null, locale: "vi" | "en" = "vi", digits = 0): string {
  if (v === null) return "—";
  return v.toLocaleString(locale === "vi" ? "vi-VN" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
