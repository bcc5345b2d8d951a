// The OpenAPI document served at /api/v1/openapi.json: structurally valid OpenAPI 3.1 (every
// operation answers something, every $ref resolves) and complete — it lists every route file
// under app/api/v1 with each HTTP method the file exports.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as getDocs } from "../../app/api/v1/docs/route";
import { GET as getOpenApi } from "../../app/api/v1/openapi.json/route";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const API_DIR = path.resolve("app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [full] : [];
  });
}

/** app/api/v1/dossiers/[code]/route.ts → /api/v1/dossiers/{code} */
const openApiPath = (file: string) =>
  "/api/v1/" +
  path
    .relative(API_DIR, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"))
    .join("/");

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Json)[part] : undefined), doc);
}

const load = async () => {
  const res = await getOpenApi(new Request("http://localhost/api/v1/openapi.json"));
  expect(res.status).toBe(200);
  return (await res.json()) as Json & { paths: Record<string, Record<string, Json>> };
};

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with responses on every operation and every $ref resolving", async () => {
    const doc = await load();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const operationIds = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(p.startsWith("/")).toBe(true);
      const ops = Object.entries(item).filter(([m]) => METHODS.includes(m));
      expect(ops.length, p).toBeGreaterThan(0);
      for (const [m, op] of ops) {
        const responses = op.responses as Record<string, Json>;
        expect(Object.keys(responses).length, `${m} ${p}`).toBeGreaterThan(0);
        for (const [status, r] of Object.entries(responses)) {
          expect(status, `${m} ${p}`).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
          expect(typeof r.description, `${m} ${p} ${status}`).toBe("string");
        }
        expect(operationIds.has(op.operationId as string), `duplicate operationId ${op.operationId}`).toBe(false);
        operationIds.add(op.operationId as string);
        // Path parameters named in the template are declared, and only those.
        const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]).sort();
        const declared = ((op.parameters ?? []) as Json[])
          .filter((x) => x.in === "path")
          .map((x) => x.name)
          .sort();
        expect(declared, `${m} ${p}`).toEqual(inPath);
        for (const scheme of ((op.security ?? []) as Json[]).flatMap((s) => Object.keys(s))) {
          expect((doc.components as Json & { securitySchemes: Json }).securitySchemes[scheme], scheme).toBeDefined();
        }
      }
    }
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(5);
    for (const ref of all) expect(resolve(doc, ref), ref).toBeDefined();
  });

  it("lists every route under app/api/v1 with each method it exports", async () => {
    const doc = await load();
    const files = routeFiles(API_DIR);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const p = openApiPath(file);
      expect(doc.paths[p], `${path.relative(process.cwd(), file)} → ${p}`).toBeDefined();
      const exported = Object.keys(await import(file)).filter((k) => METHODS.includes(k.toLowerCase()));
      expect(exported.length, file).toBeGreaterThan(0);
      for (const m of exported) expect(doc.paths[p][m.toLowerCase()], `${m} ${p}`).toBeDefined();
    }
    // …and nothing that has no route file (the document describes what is served).
    const served = new Set(files.map(openApiPath));
    for (const p of Object.keys(doc.paths)) expect(served.has(p), p).toBe(true);
  });

  it("has a readable Vietnamese reference page rendered from it", async () => {
    const doc = await load();
    const res = await getDocs(new Request("http://localhost/api/v1/docs"));
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(html).toContain(p.replace(/&/g, "&amp;"));
      for (const op of Object.values(item)) expect(html).toContain(`id="${op.operationId}"`);
    }
    expect(html).toContain("Phạm vi cần có: <code>dossiers:create</code>");
  });
});
