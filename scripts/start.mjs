// `npm start`: installs what is missing, then hands over to scripts/serve.ts (database,
// migrations, seed, build, identity provider, portal). `npm run dev` passes --dev.
import { spawn } from "node:child_process";
import { ensureDependencies } from "./lib/ensure-deps.mjs";
import { prismaGenerate } from "./run.mjs";

ensureDependencies();
prismaGenerate();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
