/**
 * What must happen before the process exits on SIGTERM, after the HTTP server has stopped
 * taking requests and finished those in flight (app/cli/serve.ts): stop the background
 * jobs, then close the database pool. Kept on globalThis because the server entry point
 * and the bundled app are separate module graphs in one process.
 */
/** "work" stops what still runs (background jobs); "connections" closes what work used. */
type Hook = { name: string; phase: "work" | "connections"; run: () => Promise<void> | void };

const KEY = Symbol.for("consular-helper.shutdown-hooks");
const registry = globalThis as unknown as { [KEY]?: Hook[] };

export function onShutdown(name: string, phase: Hook["phase"], run: Hook["run"]): void {
  (registry[KEY] ??= []).push({ name, phase, run });
}

/** Runs every hook once, work before connections; returns their names in the order they ran. */
export async function runShutdownHooks(): Promise<string[]> {
  const hooks = registry[KEY] ?? [];
  registry[KEY] = [];
  const ordered = [...hooks.filter((h) => h.phase === "work"), ...hooks.filter((h) => h.phase === "connections")];
  for (const hook of ordered) await hook.run();
  return ordered.map((hook) => hook.name);
}
