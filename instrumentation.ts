// Runs once when the server boots: validate the environment now, with a clear message,
// rather than on the first request that happens to need a setting; then start the periodic
// deadline scan (warning and Mẫu 04 draft a working day before a deadline, lib/reappointments),
// the reconciliation of payments whose gateway notification never came (lib/payments) and, with
// OUTBOX_WORKER=in-process, the notification worker (lib/notifications). None may crash the server.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env");
  // Uploads are refused while clamd cannot be reached (CLAMD_REQUIRED): say so at boot, not at
  // the first citizen's upload.
  void import("./lib/files/malware-scan")
    .then(async (m) => {
      if (m.scannerConfigured() && (await m.pingScanner())) return;
      const what = m.scannerRequired() ? "uploads will be refused until it answers" : "uploads are stored unscanned";
      console.error(`The malware scanner (clamd) does not answer: ${what}. See README, "Security in production".`);
    })
    .catch((e) => console.error("The malware scanner check failed:", e));
  try {
    const { startDeadlineScan } = await import("./lib/reappointments/schedule");
    startDeadlineScan();
  } catch (e) {
    console.error("The deadline scan could not start:", e);
  }
  try {
    const { startPaymentReconciliation } = await import("./lib/payments/schedule");
    startPaymentReconciliation();
  } catch (e) {
    console.error("The payment reconciliation could not start:", e);
  }
  void import("./lib/statistics/schedule")
    .then((m) => m.startStatisticsRefresh())
    .catch((e) => console.error("The statistics refresh could not start:", e));
  void import("./lib/postal/schedule")
    .then((m) => m.startPostalScan())
    .catch((e) => console.error("The postal scan could not start:", e));
  void import("./lib/notifications/purge-schedule")
    .then((m) => m.startNotificationPurge())
    .catch((e) => console.error("The notification purge could not start:", e));
  try {
    const { startInProcessWorker } = await import("./lib/notifications/in-process");
    startInProcessWorker();
  } catch (e) {
    console.error("The notification worker could not start:", e);
  }
}
