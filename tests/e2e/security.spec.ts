// The app reached directly, by a client that forges what it likes: limits hold whatever
// X-Forwarded-For says (only a trusted proxy's is believed), links never come from Host,
// cookies are Secure (and __Host-) by configuration only, demo mode shows itself. Each test starts its own servers (own settings, own database).
import { expect, test } from "@playwright/test";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { expectNoAxeViolations } from "./helpers";
import { ownDatabase, ownPort, startInstance, type Instance, type OwnDatabase } from "./own-server";
import { multipart, raw } from "./raw-http";
import { newStaff, stopMakingStaff } from "./staff-helpers";

test.describe.configure({ mode: "serial" });

let database: OwnDatabase;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await ownDatabase("security");
});
test.afterAll(async () => {
  if (!database) return;
  await stopMakingStaff(database.url);
  await database.drop();
});

const base = () => test.info().project.use.baseURL!;

/** Runs `body` with servers started on this spec's database, and stops them whatever happens. */
async function withInstances(
  configs: Record<string, string>[],
  body: (instances: Instance[]) => Promise<void>,
): Promise<void> {
  // Ports of this worker's own: the phone and no-js projects may run at the same time.
  const instances = await Promise.all(
    configs.map((env, i) => startInstance(database.url, ownPort(60 + 10 * test.info().parallelIndex + i), env)),
  );
  try {
    await body(instances);
  } catch (error) {
    for (const instance of instances) console.log(`${instance.url}:\n${instance.logs.join("")}`);
    throw error;
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

/** Signs a new officer in through the form, as without JavaScript; the session's Set-Cookie. */
async function signInCookie(instance: Instance, headers: Record<string, string> = {}): Promise<string> {
  const html = (await raw(`${instance.url}/staff/login`)).text;
  const action = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)![1]!;
  const { email, password } = await newStaff("officer", database.url);
  const form = multipart({ [`$ACTION_ID_${action}`]: "", email, password });
  const response = await raw(`${instance.url}/staff/login`, {
    method: "POST",
    body: form.body,
    headers: { ...form.headers, Origin: instance.url, ...headers },
  });
  expect(response.status).toBe(303);
  const cookies = ([] as string[]).concat(response.headers["set-cookie"] ?? []);
  return cookies.find((cookie) => /ch_staff=/.test(cookie)) ?? "";
}

const lookUp = (instance: Instance, forwardedFor: string) =>
  raw(`${instance.url}/api/v1/requests/BP-AAAA-AAAA`, {
    headers: { "X-Forwarded-For": forwardedFor, "X-Real-IP": forwardedFor, "X-Access-Code": "wrong" },
  }).then((r) => r.status);

test("reached directly, a made-up X-Forwarded-For does not reset a limit; a trusted proxy's does name the client (IPv6 by /64)", async () => {
  test.slow();
  await withInstances(
    [{ LOOKUPS_PER_HOUR: "3" }, { LOOKUPS_PER_HOUR: "2", TRUSTED_PROXIES: "127.0.0.1/32" }],
    async ([direct, proxied]) => {
      const forged = [];
      for (let i = 1; i <= 5; i++) forged.push(await lookUp(direct!, `198.51.100.${i}`));
      expect(forged).toEqual([404, 404, 404, 429, 429]);
      // A 429 says when to come back and is never cached.
      const limited = await raw(`${direct!.url}/api/v1/requests/BP-AAAA-AAAA`, {
        headers: { "X-Access-Code": "wrong" },
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(3600);
      expect(limited.headers["cache-control"]).toBe("no-store");

      // On an http origin (demo default), a forged X-Forwarded-Proto does not make cookies Secure.
      expect(await signInCookie(direct!, { "X-Forwarded-Proto": "https" })).toMatch(
        /^ch_staff=[^;]+; Path=\/; Expires=[^;]+; Max-Age=43200; HttpOnly; SameSite=lax$/,
      );

      // Behind nginx (127.0.0.1 is trusted here), each client has its own limit.
      const first = [
        await lookUp(proxied!, "203.0.113.1"),
        await lookUp(proxied!, "203.0.113.1"),
        await lookUp(proxied!, "203.0.113.1"),
      ];
      expect(first).toEqual([404, 404, 429]);
      expect(await lookUp(proxied!, "203.0.113.2")).toBe(404);
      // What the client put before the proxy's own entry is not believed.
      expect(await lookUp(proxied!, "203.0.113.2, 203.0.113.1")).toBe(429);
      // One IPv6 /64 is one client.
      expect([
        await lookUp(proxied!, "2001:db8:1:2::a"),
        await lookUp(proxied!, "2001:db8:1:2::b"),
        await lookUp(proxied!, "2001:db8:1:2:ffff::c"),
      ]).toEqual([404, 404, 429]);
    },
  );
});

test("a forged Host changes neither the links in e-mails nor the alternate-language Link header", async () => {
  test.slow();
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail.text ?? "");
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const origin = "https://consular.example.by";
  const forged = { Host: "phishing.example", "X-Forwarded-Host": "phishing.example", "X-Forwarded-Proto": "http" };
  try {
    await withInstances(
      [{ PUBLIC_ORIGIN: origin, SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` }],
      async ([instance]) => {
        const submitted = await raw(`${instance!.url}/api/v1/requests`, {
          method: "POST",
          headers: { ...forged, "Content-Type": "application/json" },
          body: JSON.stringify({
            type: "general_inquiry",
            language: "en",
            subject: "Links",
            message: "A question",
            fullName: "Hamid Hostheader",
            phone: "+92 300 1234567",
            declaration: "yes",
            email: "hamid@example.com",
          }),
        });
        expect(submitted.status).toBe(201);
        expect(JSON.parse(submitted.text).trackingUrl).toMatch(new RegExp(`^${origin}/en/track`));
        await expect.poll(() => mails.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
        expect(mails[0]).toContain(`${origin}/en/track`);
        expect(mails.join("\n")).not.toContain("phishing.example");

        // Cookies follow PUBLIC_ORIGIN (https here), whatever scheme a header claims.
        const signIn = await signInCookie(instance!, { "X-Forwarded-Proto": "http" });
        expect(signIn).toMatch(
          /^__Host-ch_staff=[^;]+; Path=\/; Expires=[^;]+; Max-Age=43200; Secure; HttpOnly; SameSite=lax$/,
        );

        for (const path of ["/en", "/ru/visas", "/ur/track"]) {
          const page = await raw(`${instance!.url}${path}`, { headers: forged });
          expect(page.status).toBe(200);
          expect(page.headers.link).toContain(`<${origin}/en`);
          expect(page.headers.link).toContain(`<${origin}/ur`);
          expect(page.headers.link).not.toContain("phishing.example");
          expect(page.text).not.toContain("phishing.example");
        }
        // A very long address gets no Link header rather than one too large for nginx and clients.
        const long = await raw(`${instance!.url}/en/${"A".repeat(4000)}`);
        expect(long.status).toBe(404);
        // No alternates built from that address (Next may still send its own stylesheet preload, a relative link).
        const link = String(long.headers.link ?? "");
        expect(link).not.toContain("hreflang");
        expect(link).not.toContain("AAAA");
        expect(link.length).toBeLessThan(2048);
      },
    );
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test("outside demo mode the server will not start without PUBLIC_ORIGIN", async () => {
  const instance = startInstance(database.url, ownPort(59 - test.info().parallelIndex), { DEMO_MODE: "false" });
  await expect(instance).rejects.toThrow(/PUBLIC_ORIGIN is required outside demo mode/);
});

test("demo mode shows a Demo banner on public and staff pages, and only then @nojs", async ({ page }) => {
  for (const [path, text] of [
    ["/en", "Demo"],
    ["/ru/track", "Демо"],
    ["/be/request", "Дэма"],
    ["/ur/contacts", "ڈیمو"],
    ["/staff/login", "Demo"],
  ] as const) {
    await page.goto(path);
    const banner = page.getByRole("note", { name: text });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(text);
  }
  await expectNoAxeViolations(page);
  await withInstances([{ DEMO_MODE: "false", PUBLIC_ORIGIN: "http://localhost" }], async ([instance]) => {
    await page.goto(`${instance!.url}/staff/login`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("note", { name: "Demo" })).toHaveCount(0);
  });
});

test("pages rendered per request get a fresh nonce policy with strict-dynamic; prerendered pages the static one", async ({
  page,
}) => {
  const policies: string[] = [];
  for (const path of ["/staff/login", "/en/track", "/ur/check/destination", "/en/request/general_inquiry"]) {
    for (let i = 0; i < 2; i++) {
      const response = await raw(`${base()}${path}`);
      const policy = String(response.headers["content-security-policy"]);
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).toContain("frame-ancestors 'none'");
      const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
      // Every script Next rendered carries this response's nonce.
      const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
      policies.push(nonce);
    }
  }
  expect(new Set(policies).size).toBe(policies.length); // never the same nonce twice
  for (const path of ["/en", "/ru/visas", "/en/request", "/en/check"]) {
    const policy = String((await raw(`${base()}${path}`)).headers["content-security-policy"]);
    expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy, path).not.toContain("nonce-");
  }
  // With JavaScript on, the staff sign-in page runs its scripts under the nonce policy without a violation.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/staff/login");
  await page.goto("/en/track");
  expect(violations).toEqual([]);
});
