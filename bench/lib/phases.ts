// How long each phase of a run took, for the report: `bench:quick` has a time budget of its own
// (≤ 5 minutes: docs/performance.md, "Goals"), and this shows where it goes.
export class Phases {
  private last = Date.now();
  readonly seconds: Record<string, number> = {};

  /** Closes the phase that ran since the previous lap (or the start), under `name`. */
  lap(name: string) {
    const now = Date.now();
    this.seconds[name] = (this.seconds[name] ?? 0) + Math.round((now - this.last) / 100) / 10;
    this.last = now;
  }

  summary() {
    return formatPhases(this.seconds);
  }
}

/** "database and dataset 12 s · baseline app: build and start 48 s · …" */
export function formatPhases(seconds: Record<string, number>) {
  return Object.entries(seconds)
    .map(([name, s]) => `${name} ${Math.round(s)} s`)
    .join(" · ");
}
