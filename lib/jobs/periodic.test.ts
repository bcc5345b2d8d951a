import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { periodic } from "./periodic";

const MINUTE = 60_000;
let n = 0;
/** Each test its own job name: a started job stays started for the process. */
const uniqueName = () => `Test job ${++n}`;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-03-02T01:00:00Z") });
  vi.spyOn(console, "info").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("periodic", () => {
  it("runs at start, then every interval, with the time of each run", async () => {
    const job = vi.fn(async (_now: Date) => {});
    periodic(uniqueName(), 5 * MINUTE, job)();
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(job).toHaveBeenCalledTimes(3);
    expect(job.mock.calls[2][0]).toEqual(new Date("2026-03-02T01:10:00Z"));
  });

  it("waits a whole interval first when asked not to run at start", async () => {
    const job = vi.fn(async () => {});
    periodic(uniqueName(), 5 * MINUTE, job, { runAtStart: false })();
    expect(job).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it("takes another interval when started with one", async () => {
    const job = vi.fn(async () => {});
    periodic(uniqueName(), 5 * MINUTE, job, { runAtStart: false })(MINUTE);
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(job).toHaveBeenCalledTimes(3);
  });

  it("starts once, however often start is called", async () => {
    const name = uniqueName();
    const job = vi.fn(async () => {});
    periodic(name, 5 * MINUTE, job)();
    periodic(name, 5 * MINUTE, job)();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it("logs a failed run under the job's name and runs again at the next tick", async () => {
    const name = uniqueName();
    const failure = new Error("database unreachable");
    const job = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    periodic(name, 5 * MINUTE, job)();
    await vi.advanceTimersByTimeAsync(0);
    // Logged as its kind, message and stack, not the object (lib/text/redact.ts).
    expect(console.error).toHaveBeenCalledWith(
      `${name} failed:`,
      expect.stringMatching(/^Error: database unreachable\n\s+at /),
    );
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(job).toHaveBeenCalledTimes(2);
    expect(console.error).toHaveBeenCalledTimes(1);
  });

  it("does not keep the process alive and announces itself when asked", () => {
    const unref = vi.fn();
    vi.spyOn(globalThis, "setInterval").mockReturnValue({ unref } as unknown as ReturnType<typeof setInterval>);
    const name = uniqueName();
    periodic(name, 10 * MINUTE, async () => {}, { announce: true, runAtStart: false })();
    expect(unref).toHaveBeenCalled();
    expect(console.info).toHaveBeenCalledWith(`${name} started (every 10 minutes).`);
  });
});
