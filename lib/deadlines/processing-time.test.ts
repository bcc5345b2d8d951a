import { describe, expect, it } from "vitest";
import { processingTimeFor, type ChannelTiming } from "./processing-time";

const counter: ChannelTiming = { channel: "COUNTER", amount: 5, unit: "WORKING_DAYS" };
const online: ChannelTiming = { channel: "ONLINE", amount: 3, unit: "WORKING_DAYS" };
const postal: ChannelTiming = { channel: "POSTAL", amount: 7, unit: "CALENDAR_DAYS" };

describe("processingTimeFor", () => {
  it("takes the time published for the dossier's channel", () => {
    expect(processingTimeFor([counter, online, postal], "ONLINE")).toEqual({ amount: 3, unit: "WORKING_DAYS" });
    expect(processingTimeFor([counter, online, postal], "POSTAL")).toEqual({ amount: 7, unit: "CALENDAR_DAYS" });
  });

  it("falls back to the counter's time when the channel has none, wherever it is listed", () => {
    expect(processingTimeFor([online, counter], "POSTAL")).toEqual({ amount: 5, unit: "WORKING_DAYS" });
  });

  it("falls back to the first listed time when there is no counter time", () => {
    expect(processingTimeFor([postal, online], "COUNTER")).toEqual({ amount: 7, unit: "CALENDAR_DAYS" });
  });

  it("is null when the procedure publishes no time", () => {
    expect(processingTimeFor([], "ONLINE")).toBeNull();
  });

  it("returns only the duration, not the row", () => {
    expect(processingTimeFor([{ ...counter, extra: 1 } as ChannelTiming], "COUNTER")).toStrictEqual({
      amount: 5,
      unit: "WORKING_DAYS",
    });
  });
});
