// Runs once when the server boots: validate the environment now, with a clear message,
// rather than on the first request that happens to need a setting; then start the periodic
// deadline scan (warning and Mẫu 04 draft a working day before a deadline, lib/reappointments)
// and, with OUTBOX_WORKER=in-process, the notification worker (lib/notifications).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env");
  try {
    const { startDeadlineScan } = await import("./lib/reappointments/schedule");
    startDeadlineScan();
  } catch (e) {
    console.error("The deadline scan could not start:", e);
  }
  const { startInProcessWorker } = await import("./lib/notifications/in-process");
  startInProcessWorker();
}
