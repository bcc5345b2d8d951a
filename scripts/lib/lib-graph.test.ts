import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { folderGraph, knots } from "./lib-graph";

let repo: string;
function write(file: string, text: string) {
  const full = path.join(repo, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("the folder graph of lib/", () => {
  it("draws an arrow per folder pair, for every kind of import, and finds no knot in a layered tree", () => {
    repo = mkdtempSync(path.join(os.tmpdir(), "lib-graph-"));
    write("lib/features/a.ts", 'import { b } from "../core/b";\nimport type { E } from "@/lib/errors";\n');
    write("lib/core/b.ts", 'export * from "../outbox/c";\nconst d = () => import("../db/d");\n');
    write("lib/outbox/c.ts", 'import "../db/d";\n');
    write("lib/db/d.ts", "export const d = 1;\n");
    write("lib/errors.ts", "export type E = string;\n");
    const graph = folderGraph(repo);
    expect(Object.fromEntries([...graph].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      features: ["core", "errors"],
      core: ["db", "outbox"],
      outbox: ["db"],
    });
    expect(knots(graph)).toEqual([]);
  });

  it("finds a knot through three folders, and ignores tests, comments and generated code", () => {
    repo = mkdtempSync(path.join(os.tmpdir(), "lib-graph-"));
    write("lib/a/x.ts", 'import { y } from "../b/y";\n');
    write("lib/b/y.ts", 'import { z } from "@/lib/c/z";\n');
    write("lib/c/z.ts", '// import { x } from "../d/x";\nimport { x } from "../a/x";\n');
    write("lib/d/w.test.ts", 'import { x } from "../a/x";\n');
    write("lib/a/uses-d.test.ts", 'import { w } from "../d/w";\n');
    write("lib/generated/g.ts", 'import { x } from "../a/x";\n');
    expect(knots(folderGraph(repo))).toEqual([["a", "b", "c"]]);
  });
});
