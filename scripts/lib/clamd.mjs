// A throwaway ClamAV daemon for `npm start` and `npm test`: Debian's `clamav-daemon` (installed
// when missing and we are root), a generated config in a temp folder, a TCP socket on a free
// local port, and the project's development signatures (scripts/clamav/dev.ndb: the EICAR test
// string). freshclam cannot download the real databases here, and the tests want a scanner that
// answers like the production one. Production runs its own clamd with freshclam's databases.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ensurePackage, freePort } from "./test-postgres.mjs";

const CLAMD = "/usr/sbin/clamd";
const SIGNATURES = path.resolve("scripts/clamav/dev.ndb");

/** Whether clamd is installed, or can be (apt-get needs root). */
export const clamdAvailable = () => existsSync(CLAMD) || process.getuid?.() === 0;

/** Sends PING; true when clamd answers PONG. */
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.setTimeout(1000, () => socket.destroy());
    socket.on("connect", () => socket.end("zPING\0"));
    socket.on("data", (b) => (answer += b.toString()));
    socket.on("close", () => resolve(answer.startsWith("PONG")));
    socket.on("error", () => resolve(false));
  });
}

/**
 * Starts clamd and waits until it answers PING. Returns its address (`host`, `port`, as
 * CLAMD_HOST / CLAMD_PORT) and a stop function. Throws when it does not come up in time.
 */
export async function startClamd({ timeoutMs = 60_000 } = {}) {
  ensurePackage(CLAMD, "clamav-daemon", "ClamAV's clamd (the malware scanner of uploads)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "dvc-clamd-"));
  const db = path.join(dir, "db");
  mkdirSync(db);
  copyFileSync(SIGNATURES, path.join(db, "dev.ndb"));
  const port = await freePort();
  const log = path.join(dir, "clamd.log");
  // The limits: above any UPLOAD_MAX_FILE_BYTES used here (the benchmark's uploads are 200 MB), so
  // a big upload is scanned whole rather than cut off (clamd then answers an error, and the upload
  // is refused as not scanned).
  writeFileSync(
    path.join(dir, "clamd.conf"),
    [
      "Foreground yes",
      `DatabaseDirectory ${db}`,
      `TCPSocket ${port}`,
      "TCPAddr 127.0.0.1",
      `LogFile ${log}`,
      "StreamMaxLength 1000M",
      "MaxFileSize 1000M",
      "MaxScanSize 1000M",
      "SelfCheck 0",
      "",
    ].join("\n"),
  );
  // Output goes to the log file: `npm test` blocks its event loop in spawnSync while the
  // suites run, so a pipe would fill up and stall the daemon.
  const child = spawn(CLAMD, ["-c", path.join(dir, "clamd.conf")], { stdio: "ignore" });
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = () => {
    if (!exited) child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!(await ping(port))) {
    if (exited || Date.now() - started > timeoutMs) {
      if (!exited) child.kill("SIGTERM");
      throw new Error(`clamd did not answer PING on 127.0.0.1:${port} (see its log, ${log}).`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host: "127.0.0.1", port, startedInMs: Date.now() - started, stop };
}
