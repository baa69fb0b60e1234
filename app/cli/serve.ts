/**
 * The production server: Next.js's request handler on a Node HTTP server we own, so that
 * SIGTERM (a deploy, a process manager, a scale-in) shuts it down gracefully: stop taking
 * connections, finish the requests in flight (at most SHUTDOWN_GRACE_SECONDS, default 25),
 * stop the background jobs, close the database pool, exit 0. It also limits request bodies
 * as they are read, which Next.js does not (app/lib/body-limit.ts), and compresses with Brotli
 * where the browser takes it, gzip otherwise (Next.js has only gzip).
 * `npm start` runs it after migrating; on a server, `node --conditions=react-server --import tsx app/cli/serve.ts`
 * (DEPLOYMENT.md): the condition under which the data modules' `import "server-only"` loads outside Next's
 * bundler (README, Authorization next to the data).
 */
import "./check-config";
import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import zlib from "node:zlib";
import compression from "compression";
import next from "next";
import onHeaders from "on-headers";
import { assertAdapterVersions } from "../lib/db/adapter-versions";
import {
  CLIENT_ADDRESS_HEADER,
  decideClientAddress,
  FORWARDING_HEADERS,
  isTrustedProxy,
  normalizeAddress,
  trustedProxyList,
} from "../lib/client-address";
import { config } from "../lib/config";
import { guardBody } from "../lib/body-limit";
import { log } from "../lib/log";
import { runShutdownHooks } from "../lib/shutdown";
import { isUrduPage } from "../ui/urdu-font";

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

/**
 * A refusal of the client's mistake, answered here before Next (which would answer 500 to
 * some of them): JSON with an error code on the API, a small page with a heading elsewhere.
 */
function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  error: string,
  title: string,
  text: string,
  headers: Record<string, string> = {},
): void {
  const api = (req.url ?? "").startsWith("/api/");
  res.writeHead(status, {
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(
    api
      ? JSON.stringify({ error })
      : `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1><p>${text}</p></html>`,
  );
}

/** The methods the app answers: pages and server actions GET, HEAD and POST; route handlers also OPTIONS. */
function allowedMethods(url = "/"): string[] {
  return url.startsWith("/api/") ? ["GET", "HEAD", "POST", "OPTIONS"] : ["GET", "HEAD", "POST"];
}

/**
 * A form or server action posted from another site (or from an opaque "null" origin): Next
 * compares Origin with Host the same way but answers 500. Requests without an Origin are
 * left to Next; the API is meant for other sites and is not a form target.
 */
function crossOriginPost(req: http.IncomingMessage): boolean {
  if (req.method !== "POST" || (req.url ?? "").startsWith("/api/")) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const expected = String(req.headers["x-forwarded-host"] ?? req.headers.host ?? "")
    .split(",")[0]!
    .trim();
  try {
    return new URL(origin).host !== expected;
  } catch {
    return true;
  }
}

/** Answers the client's mistakes with a 4xx before Next sees them; false when there is none. */
function clientMistake(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const allowed = allowedMethods(req.url);
  if (!allowed.includes(req.method ?? "")) {
    refuse(req, res, 405, "method_not_allowed", "Method not allowed", "This address does not accept that method.", {
      Allow: allowed.join(", "),
    });
  } else if (!decodable(req.url)) {
    refuse(req, res, 400, "invalid_address", "Bad request", "The address is not valid.");
  } else if (crossOriginPost(req)) {
    refuse(req, res, 403, "cross_origin", "Forbidden", "Forms are accepted only from this site.");
  } else {
    return false;
  }
  return true;
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
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- Node's header object: deleting is how a header is dropped
  if (!isTrustedProxy(trustedProxies, peer)) for (const header of FORWARDING_HEADERS) delete req.headers[header];
}

/**
 * Whether an Urdu page preloads its font depends on the platform hint (proxy.ts,
 * app/ui/urdu-font.ts): a cache (nginx's) must keep an answer per platform. Added as the
 * headers go out, since Next sets Vary itself and replaces one the proxy gave.
 */
function varyWithPlatform(res: http.ServerResponse) {
  const vary = res.getHeader("vary");
  const fields = [vary]
    .flat()
    .filter((field) => field !== undefined)
    .map(String);
  res.setHeader("Vary", [...fields, "Sec-CH-UA-Platform"].join(", "));
}

async function main() {
  assertAdapterVersions();
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "..", ".."), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Brotli at quality 5 makes a long Urdu page about a quarter smaller than gzip does (13.6 KB
  // become 10.4 KB for /ur/visas), small enough to arrive in a new connection's first round trip
  // (TCP's initial window, about 14 KB), for about gzip's CPU (0.8 ms against 0.7 ms for a 55 KB
  // page, measured here). Next flushes a streamed page through it (res.flush), so streaming still
  // streams. (Its types are Express's; it needs only Node's request and response.)
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } }) as unknown as (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void,
  ) => void;
  const server = http.createServer((req, res) => {
    admit(req);
    if (clientMistake(req, res)) return;
    // Bodies are limited here, counted as they are read (app/lib/body-limit.ts).
    if (guardBody(req, res)) return;
    if (isUrduPage((req.url ?? "").split("?")[0]!)) onHeaders(res, () => varyWithPlatform(res));
    compress(req, res, () => void handle(req, res));
  });
  // CONNECT (a proxy tunnel) never reaches the request handler: without this, Node drops the socket.
  server.on("connect", (_req, socket: Duplex) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nCache-Control: no-store\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
  });
  server.listen(port, hostname, () =>
    log.info(
      { event: "server.listening", port },
      `Listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`,
    ),
  );

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

main().catch((error: unknown) => {
  log.fatal({ event: "server.failed", err: error });
  process.exit(1);
});
