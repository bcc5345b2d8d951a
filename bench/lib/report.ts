// The run's figures: one entry per metric, held against its goal; JSON for machines, Markdown
// for people (bench/results/latest.*; reference runs are committed by hand).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { formatPhases } from "./phases";

export type Goal = { op: ">=" | "<="; value: number };
export type Metric = {
  name: string;
  value: number;
  unit: string;
  /** The same-run figure the value is compared with (baseline app, disk write), if any. */
  baseline: number | null;
  ratio: number | null;
  goal: string | null;
  pass: boolean | null;
  /** A budget on bytes or counts: the only kind `--budget` turns into a failing exit code. */
  budget?: boolean;
  note?: string;
};

export function metric(
  name: string,
  value: number,
  unit: string,
  opts: { baseline?: number; goal?: Goal; onRatio?: boolean; budget?: boolean; note?: string } = {},
): Metric {
  const baseline = opts.baseline ?? null;
  const ratio = baseline ? value / baseline : null;
  const compared = opts.onRatio ? ratio : value;
  const pass =
    opts.goal && compared !== null
      ? opts.goal.op === ">="
        ? compared >= opts.goal.value
        : compared <= opts.goal.value
      : null;
  const goal = opts.goal
    ? `${opts.onRatio ? "ratio " : ""}${opts.goal.op} ${opts.goal.value}${opts.onRatio ? "" : ` ${unit}`}`
    : null;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio, 3),
    goal,
    pass,
    budget: opts.budget,
    note: opts.note,
  };
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export function writeReport(metrics: Metric[], info: Record<string, unknown>) {
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.json", JSON.stringify({ ...info, machine: machine(), metrics }, null, 2));
  const lines = [
    `# Benchmark run ${String(info.date)}`,
    "",
    `Mode: ${String(info.mode)} · machine: ${machine().cpus} × ${machine().cpuModel}, ${machine().memoryGb} GB, Node ${process.version}`,
    "",
    ...(info.phases
      ? [`Time: ${String(info.seconds)} s in all (${formatPhases(info.phases as Record<string, number>)})`, ""]
      : []),
    "| metric | value | baseline | ratio | goal | pass |",
    "|---|---|---|---|---|---|",
    ...metrics.map(
      (m) =>
        `| ${m.name} | ${m.value} ${m.unit} | ${m.baseline ?? ""} | ${m.ratio ?? ""} | ${m.goal ?? ""} | ${m.pass === null ? "" : m.pass ? "✔" : "✖"} |`,
    ),
    "",
    ...metrics.filter((m) => m.note).map((m) => `- ${m.name}: ${m.note}`),
  ];
  writeFileSync("bench/results/latest.md", lines.join("\n") + "\n");
}
