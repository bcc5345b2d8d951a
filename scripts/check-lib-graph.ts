// CI guardrail: the folder-level import graph of lib/ must stay acyclic (a layered lib/: features
// import the core, the core the outbox, the outbox the foundation, never the reverse).
// Usage: node --import tsx scripts/check-lib-graph.ts [repo]; exit 1 with the arrows of each cycle.
import { folderGraph, knots } from "./lib/lib-graph";

const graph = folderGraph(process.argv[2] ?? ".");
const arrows = [...graph.values()].reduce((n, s) => n + s.size, 0);
const cycles = knots(graph);
if (cycles.length === 0) {
  console.log(`✔ lib/ folder graph is acyclic: ${graph.size} importing folders, ${arrows} arrows.`);
} else {
  for (const knot of cycles) {
    const inside = knot.flatMap((a) =>
      [...(graph.get(a) ?? [])].filter((b) => knot.includes(b)).map((b) => `${a} → ${b}`),
    );
    console.error(`✖ lib/ folders import each other in a cycle: ${knot.join(", ")}\n  arrows: ${inside.join(", ")}`);
  }
  process.exit(1);
}
