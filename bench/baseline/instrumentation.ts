// The baseline has no start-up work. This file also keeps the build from picking up the
// portal's own instrumentation.ts (Turbopack resolves the project from the workspace root).
export function register() {}
