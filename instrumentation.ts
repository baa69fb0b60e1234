// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundJobs } = await import("./app/lib/background-jobs");
  startBackgroundJobs();
}
