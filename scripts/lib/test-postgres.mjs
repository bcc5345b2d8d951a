// A throwaway PostgreSQL server for `npm test`: a private cluster in a temp folder on a free
// port, from Debian's `postgresql` package (installed when missing and we are root).
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function findBinDir() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function aptInstall(pkg, why) {
  if (process.getuid?.() !== 0) {
    console.error(
      `✖ ${why} is missing. Install it (Debian: sudo apt-get install -y ${pkg}) or run as root, then retry.`,
    );
    process.exit(1);
  }
  console.log(`› Installing ${pkg} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-q"], { stdio: "ignore", env });
  const r = spawnSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", pkg], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  if (r.status !== 0) {
    console.error(`✖ Could not install ${pkg} with apt-get. Install it by hand (apt-get install -y ${pkg}) and retry.`);
    process.exit(1);
  }
}

export function ensurePackage(binary, pkg, why) {
  if (existsSync(binary)) return;
  aptInstall(pkg, why);
}

/** A free TCP port on 127.0.0.1 (for the throwaway servers of `npm test`). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts the cluster; returns its URL and a stop function. */
export async function startTestPostgres() {
  let bin = findBinDir();
  if (!bin) {
    aptInstall("postgresql", "PostgreSQL");
    bin = findBinDir();
  }
  if (!bin) {
    console.error("✖ PostgreSQL binaries not found under /usr/lib/postgresql after installing.");
    process.exit(1);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "dvc-test-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, run it as the `postgres` system user.
  const asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const exec = (cmd, args) => {
    const [c, ...rest] = [...asUser, path.join(bin, cmd), ...args];
    execFileSync(c, rest, { stdio: ["ignore", "ignore", "inherit"], cwd: dir });
  };
  exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  exec("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    "start",
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
