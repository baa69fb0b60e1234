// Body limits as app/cli/serve.ts applies them, on a real HTTP server whose handler reads the
// whole body the way Next.js does. tests/e2e/uploads.spec.ts sends the same bodies to the real
// server process.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_BODY_LIMIT, FORM_BODY_LIMIT, guardBody } from "../../app/lib/body-limit";

let server: http.Server;
let port: number;
/** What the stand-in for Next received: the largest body it held. */
let largestSeen = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (guardBody(req, res)) return;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", () => {});
    req.on("end", () => {
      const size = chunks.reduce((sum, c) => sum + c.byteLength, 0);
      largestSeen = Math.max(largestSeen, size);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ size }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Sent = { status: number | null; headers: http.IncomingHttpHeaders; body: string; bytesSent: number; ms: number };

/** Sends `total` bytes in 64 KB chunks (chunked unless `length` is declared), as fast as the server takes them. */
function send(path: string, total: number, headers: Record<string, string> = {}, last?: Buffer): Promise<Sent> {
  const started = Date.now();
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path, method: "POST", headers });
    let bytesSent = 0;
    let answered: Omit<Sent, "bytesSent" | "ms"> | null = null;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve({ ...(answered ?? { status: null, headers: {}, body: "" }), bytesSent, ms: Date.now() - started });
    };
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c) => (body += String(c)));
      res.on("end", () => {
        answered = { status: res.statusCode ?? null, headers: res.headers, body };
        req.destroy();
        finish();
      });
    });
    req.on("error", () => setTimeout(finish, 50)); // the server closed the connection: its answer may still be read
    req.on("close", () => setTimeout(finish, 50));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (bytesSent < total && !req.destroyed) {
        bytesSent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end(last);
    };
    pump();
  });
}

describe("body limits counted while reading", () => {
  it("refuse a 1 GB chunked body to the API early, with 413 JSON, holding nothing over the limit", async () => {
    const before = process.memoryUsage().rss;
    const sent = await send("/api/v1/requests", 1024 ** 3, {
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
    });
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.body)).toEqual({ error: "payload_too_large" });
    expect(sent.bytesSent).toBeLessThan(64 * 1024 * 1024); // stopped long before the end
    expect(largestSeen).toBeLessThanOrEqual(API_BODY_LIMIT);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuse a 256 MB chunked form post (a server action) with a 303 back to its page and the error the page knows", async () => {
    const sent = await send("/ru/request/legalization/attachments", 256 * 1024 ** 2, {
      "Content-Type": "multipart/form-data; boundary=x",
      "Transfer-Encoding": "chunked",
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe("/ru/request/legalization/attachments?error=fileTooLarge");
    expect(sent.bytesSent).toBeLessThan(64 * 1024 * 1024);
    expect(largestSeen).toBeLessThanOrEqual(FORM_BODY_LIMIT);
  });

  it("answer a declared length over the limit before reading it, and a JavaScript action call with 413", async () => {
    const sent = await send("/en/request/legalization/attachments", 7 * 1024 ** 2, {
      "Content-Type": "multipart/form-data; boundary=x",
      "Content-Length": String(7 * 1024 ** 2),
    });
    expect(sent.status).toBe(303);
    const js = await send("/en/request/legalization/attachments", 7 * 1024 ** 2, {
      "Content-Type": "multipart/form-data; boundary=x",
      "Content-Length": String(7 * 1024 ** 2),
      "Next-Action": "abc",
    });
    expect(js.status).toBe(413);
  });

  it("pass bodies within the limit whole, and refuse broken multipart with 400", async () => {
    const form = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n';
    const ok = await send(
      "/en/request/x",
      0,
      { "Content-Type": "multipart/form-data; boundary=x", "Transfer-Encoding": "chunked" },
      Buffer.from(form),
    );
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ size: form.length });
    const truncated = await send(
      "/en/request/x",
      0,
      { "Content-Type": "multipart/form-data; boundary=x", "Transfer-Encoding": "chunked" },
      Buffer.from(form.slice(0, 40)),
    );
    expect(truncated.status).toBe(400);
    const noBoundary = await send("/en/request/x", 0, { "Content-Type": "multipart/form-data" }, Buffer.from(form));
    expect(noBoundary.status).toBe(400);
  });
});
