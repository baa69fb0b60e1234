/**
 * The production server: Next.js's request handler on a Node HTTP server we own, so that
 * SIGTERM (a deploy, a process manager, a scale-in) shuts it down gracefully: stop taking
 * connections, finish the requests in flight (at most SHUTDOWN_GRACE_SECONDS, default 25),
 * stop the background jobs, close the database pool, exit 0. It also limits request bodies
 * as they are read, which Next.js does not (app/lib/body-limit.ts).
 * `npm start` runs it after migrating; on a server, `node --import tsx app/cli/serve.ts` (DEPLOYMENT.md).
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { guardBody } from "../lib/body-limit";
import { log } from "../lib/log";
import { runShutdownHooks } from "../lib/shutdown";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000;

/** Whether the path's percent-escapes decode (a client may send "%D8%A"). */
function decodable(url = "/"): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

/** A malformed address is the client's error: 400, where Next would answer 500. */
function badAddress(url: string, res: http.ServerResponse): void {
  const api = url.startsWith("/api/");
  res.writeHead(400, { "Content-Type": api ? "application/json" : "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff" });
  res.end(api ? JSON.stringify({ error: "invalid_address" }) : '<!doctype html><html lang="en"><title>Bad request</title><h1>Bad request</h1><p>The address is not valid.</p></html>');
}

async function main() {
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "..", ".."), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    if (!decodable(req.url)) return badAddress(req.url!, res);
    // Bodies are limited here, counted as they are read (app/lib/body-limit.ts).
    if (guardBody(req, res)) return;
    void handle(req, res);
  });
  server.listen(port, hostname, () => log.info({ event: "server.listening", port }, `Listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ event: "server.stopping", signal });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections(); // keep-alive sockets with no request in flight
    const late = setTimeout(() => {
      log.warn({ event: "server.grace_expired", graceMs });
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(late);
    await app.close();
    const hooks = await runShutdownHooks(); // the background jobs, then the database
    log.info({ event: "server.stopped", signal, hooks });
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
}

main().catch((error) => {
  log.fatal({ event: "server.failed", err: error });
  process.exit(1);
});
