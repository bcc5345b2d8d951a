// Small tasks that need the environment prepared first. Usage: node scripts/run.mjs <task>
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ensureDependencies, run } from "./lib/ensure-deps.mjs";

export function prismaGenerate() {
  // Prisma 7's CLI wants a native schema-engine binary even to generate, and downloads it
  // otherwise; generation never uses it, so any existing file satisfies the check
  // (docs/decisions/002-migrations.md).
  const dummy = "node_modules/.cache/prisma-no-engine";
  if (!existsSync(dummy)) {
    mkdirSync("node_modules/.cache", { recursive: true });
    writeFileSync(dummy, "");
  }
  run("node_modules/.bin/prisma", ["generate"], {
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: dummy, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    what: "prisma generate",
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;
const task = isMain ? process.argv[2] : undefined;
if (task === "prisma:generate") {
  ensureDependencies();
  prismaGenerate();
} else if (task) {
  console.error(`Unknown task ${task}`);
  process.exit(1);
}
