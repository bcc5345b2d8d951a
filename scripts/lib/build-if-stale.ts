// Runs `next build` only when the sources changed since the last build, so a second
// `npm start` starts at once while an edited tree is always rebuilt.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
];
const STAMP = ".next/source-fingerprint";

function walk(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  const s = statSync(entry);
  if (s.isDirectory()) {
    for (const name of readdirSync(entry)) if (!name.endsWith(".test.ts")) walk(path.join(entry, name), out);
    // By content, not mtime: `prisma generate` (run by npm test, bench and page-weight alike)
    // rewrites lib/generated with the same bytes, which must not cost another build.
  } else out.push(`${entry}:${s.size}:${createHash("sha1").update(readFileSync(entry)).digest("hex")}`);
}

function fingerprint() {
  const files: string[] = [];
  for (const s of SOURCES) walk(s, files);
  return createHash("sha256").update(files.sort().join("\n")).digest("hex");
}

export function buildIfStale(env: NodeJS.ProcessEnv) {
  const current = fingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) {
    console.log("› Build is up to date.");
    return;
  }
  console.log("› Building the portal (next build)…");
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
  writeFileSync(STAMP, current);
}
