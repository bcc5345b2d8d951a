// The folder-level import graph of lib/: which concept folder imports which. Each top-level entry
// of lib/ is a node (a folder, or a file such as lib/env.ts); an arrow A → B means a file of A
// imports a file of B. Tests, fixtures and generated code are left out: they are not the product's
// structure. Every kind of import counts (static, type-only, dynamic, side effect, re-export).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type FolderGraph = Map<string, Set<string>>;

const SOURCE = /\.(ts|tsx|mts)$/;
const LEFT_OUT = /\.test\.|test-fixtures|fixtures/;
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return SOURCE.test(name) && !LEFT_OUT.test(name) ? [full] : [];
  });
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** The lib/ node a path belongs to, or null outside lib/. */
function nodeOf(lib: string, file: string): string | null {
  const rel = path.relative(lib, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0].replace(/\.(tsx?|mts|js)$/, "");
}

export function folderGraph(repo: string): FolderGraph {
  const lib = path.join(repo, "lib");
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(lib)) {
    const from = nodeOf(lib, file)!;
    for (const m of withoutComments(readFileSync(file, "utf8")).matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = spec.startsWith("@/")
        ? path.join(repo, spec.slice(2))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      const to = target ? nodeOf(lib, target) : null;
      if (!to || to === from || to === "generated") continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The strongly connected components with more than one node (Tarjan): each is a cycle, a "knot". */
export function knots(graph: FolderGraph): string[][] {
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found.sort((a, b) => b.length - a.length);
}
