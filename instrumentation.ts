// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundJobs } = await import("./app/lib/background-jobs");
  startBackgroundJobs();
  const { warnAboutMissingSettings } = await import("./app/lib/settings/startup-check");
  void warnAboutMissingSettings();
}

// Every error a page, action or route handler throws, as one structured log line: the
// route's pattern (never the URL, which may carry a reference) and the error's kind.
export async function onRequestError(
  error: unknown,
  request: { method: string },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./app/lib/log");
  log.error({
    event: "request.failed",
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    digest: (error as { digest?: string }).digest,
    err: error,
  });
}
