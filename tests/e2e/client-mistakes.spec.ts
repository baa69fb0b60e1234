// A client's mistakes (or probes) get a 4xx that says what is wrong, never a 5xx: methods
// the app does not answer, forms posted from another site, unknown server actions, bad ids,
// versions and cursors in the staff workspace, a JSON API sent something else.
import { expect, test, type Page } from "@playwright/test";
import net from "node:net";
import { multipart, raw } from "./raw-http";
import { newStaff, signIn } from "./staff-helpers";

const base = () => test.info().project.use.baseURL!;

/** The action ids of the forms in a page's main content (not the header's sign-out). */
async function actionIds(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  const main = html.slice(html.indexOf("<main"));
  return [...new Set([...main.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)].map((m) => m[1]!))];
}

test("methods the app does not answer get 405 with Allow", async () => {
  for (const path of ["/en", "/en/visas", "/staff/login", "/api/v1/requests", "/api/health"]) {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const response = await raw(`${base()}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toBe(
        path.startsWith("/api/") ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, POST",
      );
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  }
  expect((await raw(`${base()}/en`, { method: "OPTIONS" })).status).toBe(405);
  expect((await raw(`${base()}/api/health`, { method: "OPTIONS" })).status).toBe(204);
  // CONNECT never reaches a request handler: the server answers it itself.
  const { port, hostname } = new URL(base());
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(`CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`),
    );
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 405 /);
  expect(answer).toMatch(/Allow: GET, HEAD, POST/);
});

test("a form posted from another site, or from an opaque origin, is refused with 403", async ({ page }) => {
  const [signInAction] = await actionIds(page, "/staff/login");
  const form = multipart({
    [`$ACTION_ID_${signInAction}`]: "",
    email: (await newStaff("officer")).email,
    password: "wrong password",
  });
  for (const origin of ["https://evil.example", "null", "::::", "http://127.0.0.1.evil.example"]) {
    const response = await raw(`${base()}/staff/login`, {
      method: "POST",
      body: form.body,
      headers: { ...form.headers, Origin: origin },
    });
    expect(response.status, origin).toBe(403);
    expect(response.text).toContain("<h1>Forbidden</h1>");
  }
  // The same post from this site is the sign-in form working: a redirect back with the error.
  const own = await raw(`${base()}/staff/login`, {
    method: "POST",
    body: form.body,
    headers: { ...form.headers, Origin: base() },
  });
  expect(own.status).toBe(303);
});

test("unknown or malformed server action ids get a 4xx", async () => {
  const origin = { Origin: base() };
  const unknownField = multipart({ $ACTION_ID_00000000000000000000000000000000000000000000: "", email: "a" });
  const statuses = [
    (
      await raw(`${base()}/staff/login`, {
        method: "POST",
        body: unknownField.body,
        headers: { ...unknownField.headers, ...origin },
      })
    ).status,
    (
      await raw(`${base()}/staff/login`, {
        method: "POST",
        body: "[]",
        headers: { ...origin, "Next-Action": "deadbeef", "Content-Type": "text/plain;charset=UTF-8" },
      })
    ).status,
    (
      await raw(`${base()}/en/request`, {
        method: "POST",
        body: "[]",
        headers: { ...origin, "Next-Action": "../../etc/passwd", "Content-Type": "text/plain;charset=UTF-8" },
      })
    ).status,
    (
      await raw(`${base()}/en/request`, {
        method: "POST",
        body: "x",
        headers: { ...origin, "Next-Action": "", "Content-Type": "text/plain;charset=UTF-8" },
      })
    ).status,
  ];
  for (const status of statuses) expect(status).toBeLessThan(500);
  expect(statuses.some((status) => status >= 400)).toBe(true);
});

test("the JSON API answers 415 to another content type", async () => {
  const body = JSON.stringify({ type: "general_inquiry" });
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
    const response = await raw(`${base()}/api/v1/requests`, {
      method: "POST",
      body,
      headers: type ? { "Content-Type": type } : {},
    });
    expect(response.status, type).toBe(415);
    expect(JSON.parse(response.text)).toEqual({ error: "unsupported_media_type" });
  }
  // With a charset parameter it is still JSON (and then the fields are checked).
  expect(
    (
      await raw(`${base()}/api/v1/requests`, {
        method: "POST",
        body,
        headers: { "Content-Type": "application/json; charset=utf-8" },
      })
    ).status,
  ).toBe(422);
});

test("bad ids, versions and cursors in the staff workspace get a 4xx or a page saying so, never a 5xx", async ({
  page,
}) => {
  await signIn(page);
  const queue = await (await page.request.get("/staff/requests")).text();
  const id = /href="\/staff\/requests\/([a-z0-9]+)"/.exec(queue)![1]!;
  const actions = await actionIds(page, `/staff/requests/${id}`);
  expect(actions.length).toBeGreaterThanOrEqual(3); // assign, change status, note
  const cases: Record<string, string>[] = [
    { id: "no-such-request", version: "1", to: "in_review", note: "A note", assignee: "me" },
    { id, version: "abc", to: "in_review", note: "A note", assignee: "no-such-officer" },
    { id, version: "1e99", to: "in_review" },
    { id, version: "-1", to: "in_review" },
    { id, version: "99999999999999999999", to: "bogus" },
    { id: "x".repeat(3000), version: "0", to: "in_review", note: "A note", assignee: "none" },
  ];
  for (const action of actions) {
    for (const fields of cases) {
      const response = await page.request.post(`/staff/requests/${id}`, {
        multipart: { [`$ACTION_ID_${action}`]: "", ...fields },
        headers: { Origin: base() },
        maxRedirects: 0,
      });
      expect(response.status(), `${action} ${JSON.stringify(fields).slice(0, 80)}`).toBeLessThan(500);
      if (response.status() === 303) expect(response.headers().location).toMatch(/error=|^\/staff\/requests/);
    }
  }
  for (const query of [
    "?after=garbage",
    "?before=%00",
    "?after=eyJ4IjoxfQ",
    `?after=${"A".repeat(5000)}`,
    "?from=2026-99-99&to=x",
    "?status=bogus&assignee=zzz&urgent=maybe",
  ]) {
    const response = await page.request.get(`/staff/requests${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBeLessThan(500);
  }
  expect(
    (await page.request.get(`/staff/requests/export?after=garbage&from=zz`, { maxRedirects: 0 })).status(),
  ).toBeLessThan(500);
});
