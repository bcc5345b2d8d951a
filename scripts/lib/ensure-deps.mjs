// Installs npm dependencies when they are missing or older than the lockfile. Plain
// JavaScript, because it must run before anything (tsx included) is installed.
// `npm install` with the committed lockfile, not `npm ci`: see README ("Environment notes").
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  const stale = !existsSync(marker) || statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log("› Installing dependencies (npm install)…");
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error(
      "✖ Could not install dependencies. Check the network access to the npm registry, then run `npm install`.",
    );
    process.exit(1);
  }
}

/** Runs a command, exiting with a clear message when it fails. */
export function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: "inherit", ...options });
  if (r.status !== 0) {
    if (options.allowFailure) return r.status ?? 1;
    console.error(`✖ ${options.what ?? [command, ...args].join(" ")} failed.`);
    process.exit(r.status ?? 1);
  }
  return 0;
}
