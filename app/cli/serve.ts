/**
 * The production server: Next.js's request handler on a Node HTTP server we own, so that
 * SIGTERM (a deploy, a process manager, a scale-in) shuts it down gracefully: stop taking
 * connections, finish the requests in flight (at most SHUTDOWN_GRACE_SECONDS, default 25),
 * stop the background jobs, close the database pool, exit 0. It also limits request bodies
 * as they are read, which Next.js does not (app/lib/body-limit.ts).
 * `npm start` runs it after migrating; on a server, `node --import tsx app/cli/serve.ts` (DEPLOYMENT.md).
 */
import "./check-config";
import http from "node:http";
import path from "node:path";
import next from "next";
import { assertAdapterVersions } from "../lib/db/adapter-versions";
import { CLIENT_ADDRESS_HEADER, decideClientAddress, FORWARDING_HEADERS, isTrustedProxy, normalizeAddress, trustedProxyList } from "../lib/client-address";
import { config } from "../lib/config";
import { guardBody } from "../lib/body-limit";
import { log } from "../lib/log";
import { runShutdownHooks } from "../lib/shutdown";

const { port, host: hostname, shutdownGraceMs: graceMs } = config();

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

const trustedProxies = trustedProxyList(config().trustedProxies);

/**
 * Decides the client's address from the socket (and X-Forwarded-For only from a trusted
 * proxy), and hands it to the app in a header the client's own copy of is overwritten.
 * Forwarding headers from anyone but a trusted proxy are dropped before Next reads them.
 */
function admit(req: http.IncomingMessage): void {
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  req.headers[CLIENT_ADDRESS_HEADER] = decideClientAddress(peer, req.headers["x-forwarded-for"], trustedProxies);
  if (!isTrustedProxy(trustedProxies, peer)) for (const header of FORWARDING_HEADERS) delete req.headers[header];
}

async function main() {
  assertAdapterVersions();
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "..", ".."), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    admit(req);
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
