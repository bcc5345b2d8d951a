// Runs once when the server boots: validate the environment now, with a clear message,
// rather than on the first request that happens to need a setting.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/env");
}
