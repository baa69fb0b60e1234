/**
 * Request body limits, enforced by our server (app/cli/serve.ts) before and while Next.js reads
 * a body, because Next buffers an action's or a route's whole body before its own limit
 * applies, and never limits a chunked one (issue 11.4: 256 MB cost 570 MB of memory).
 *
 * Bytes are counted as they arrive from the socket (the parser's push into the request), so a
 * declared Content-Length and chunked encoding are held alike: at the limit we stop, answer
 * and close; nothing over the limit is ever kept. The answers:
 * - the API: 413 JSON;
 * - a page's form post without JavaScript: 303 back to the page with `?error=fileTooLarge`,
 *   which the attachments page shows as its own error in its language (the draft is on the
 *   server, so every earlier answer is still there);
 * - a server action called by JavaScript: 413 (the browser checks a file's size first).
 * A multipart body with no boundary or without its closing delimiter is 400.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** The API's JSON bodies (a request is a few kilobytes). */
export const API_BODY_LIMIT = 64 * 1024;
/** A form post: one 5 MB file, the form's fields and the multipart framing. */
export const FORM_BODY_LIMIT = 6 * 1024 * 1024;
/**
 * After a browser's form post over the limit has been answered, its remaining upload is read
 * and thrown away up to this much, so the browser finishes sending and shows the answer
 * (a browser whose upload is cut off shows a connection error instead). Beyond: closed.
 */
const DISCARD_AT_MOST = 32 * 1024 * 1024;

type Refusal = { status: number; headers: Record<string, string>; body: string };

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

function refusal(req: IncomingMessage, problem: "tooLarge" | "badMultipart"): Refusal {
  const url = req.url ?? "/";
  if (url.startsWith("/api/")) {
    const error = problem === "tooLarge" ? "payload_too_large" : "invalid_multipart";
    return {
      status: problem === "tooLarge" ? 413 : 400,
      headers: { ...NO_STORE, "Content-Type": "application/json" },
      body: JSON.stringify({ error }),
    };
  }
  const text = problem === "tooLarge" ? "The upload is too large." : "The form data is malformed.";
  if (problem === "tooLarge" && !req.headers["next-action"]) {
    return { status: 303, headers: { ...NO_STORE, Location: `${url.split("?")[0]}?error=fileTooLarge` }, body: "" };
  }
  return {
    status: problem === "tooLarge" ? 413 : 400,
    headers: {
      ...NO_STORE,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'",
    },
    body: text,
  };
}

/** Answers for Next.js, and makes whatever Next writes afterwards a no-op. */
function answer(res: ServerResponse, { status, headers, body }: Refusal, close: boolean): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...headers,
    "Content-Length": String(Buffer.byteLength(body)),
    ...(close ? { Connection: "close" } : {}),
  });
  res.end(body);
  res.writeHead = () => res;
  res.setHeader = () => res;
  res.write = (() => true) as typeof res.write;
  res.end = (() => res) as typeof res.end;
}

const limitFor = (url = "/") => (url.startsWith("/api/") ? API_BODY_LIMIT : FORM_BODY_LIMIT);

/**
 * Guards one request's body. Returns true when the request has been answered already (its
 * declared length is over the limit, or its multipart type has no boundary): then Next must
 * not see it. Otherwise the request goes to Next with its body counted as Next reads it.
 */
export function guardBody(req: IncomingMessage, res: ServerResponse, limit = limitFor(req.url)): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  const type = req.headers["content-type"] ?? "";
  // Multipart is checked for forms only: the API reads JSON alone and answers 415 to anything else.
  const form = !(req.url ?? "/").startsWith("/api/");
  const boundary =
    form && /^multipart\/form-data\b/i.test(type)
      ? /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(type)
      : undefined;
  if (boundary === null) {
    answer(res, refusal(req, "badMultipart"), true);
    discard(req, 0);
    return true;
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    answer(res, refusal(req, "tooLarge"), false);
    discard(req, 0);
    return true;
  }
  countWhileReading(req, res, limit, boundary ? `--${boundary[1] ?? boundary[2]}--` : null);
  return false;
}

/** Reads and drops what is left of a refused body, then closes the connection past DISCARD_AT_MOST. */
function discard(req: IncomingMessage, alreadyRead: number): void {
  let read = alreadyRead;
  req.on("data", (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read > DISCARD_AT_MOST) req.socket.destroy();
  });
  req.on("error", () => {});
  req.resume();
}

function countWhileReading(req: IncomingMessage, res: ServerResponse, limit: number, closing: string | null): void {
  const push = req.push.bind(req);
  let read = 0;
  let refused = false;
  let tail = Buffer.alloc(0);
  req.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (refused) {
      // The rest is dropped as it comes; the connection closes at its end (Next never sees
      // the end of this body, and its reading ends with the connection) or past DISCARD_AT_MOST.
      read += chunk?.byteLength ?? 0;
      if (chunk === null || read > DISCARD_AT_MOST) req.socket.destroy();
      return true;
    }
    if (chunk === null) {
      // A multipart body must end with its closing delimiter (a truncated upload does not).
      if (closing && !tail.toString("latin1").trimEnd().endsWith(closing)) {
        refused = true;
        answer(res, refusal(req, "badMultipart"), true);
        // Next never sees this body end: close the connection once our answer has gone.
        res.once("finish", () => req.socket.destroy());
        return false;
      }
      return push(null);
    }
    read += chunk.byteLength;
    if (read > limit) {
      // Next holds at most what it has read so far (under the limit); its answer, if any, is
      // dropped: ours goes first, while the client may still be sending.
      refused = true;
      answer(res, refusal(req, "tooLarge"), false);
      return true;
    }
    if (closing) tail = Buffer.concat([tail, chunk]).subarray(-(closing.length + 8));
    return push(chunk, encoding);
  };
}
