import { describe, expect, it } from "vitest";
import type { ChannelTiming } from "../deadlines/processing-time";
import { legalTimeLimit } from "./time-limit";

const t = (channel: ChannelTiming["channel"], amount: number, unit: ChannelTiming["unit"]): ChannelTiming => ({
  channel,
  amount,
  unit,
});

describe("the legal time limit printed on Mẫu 01", () => {
  it.each<[ChannelTiming[], ChannelTiming["channel"], string | null]>([
    [[t("COUNTER", 5, "WORKING_DAYS")], "COUNTER", "05 ngày làm việc"],
    [[t("COUNTER", 0, "WORKING_DAYS"), t("ONLINE", 4, "WORKING_HOURS")], "ONLINE", "04 giờ làm việc"],
    [[t("COUNTER", 0, "WORKING_DAYS"), t("ONLINE", 4, "WORKING_HOURS")], "COUNTER", "Trong ngày làm việc"],
    [[t("COUNTER", 15, "CALENDAR_DAYS")], "POSTAL", "15 ngày"], // no postal time: the counter's
    [[t("COUNTER", 20, "WORKING_DAYS"), t("POSTAL", 7, "CALENDAR_DAYS")], "POSTAL", "07 ngày"],
    [[], "ONLINE", null],
  ])("%j by %s reads %j", (timings, channel, expected) => {
    expect(legalTimeLimit(timings, channel)).toBe(expected);
  });
});
