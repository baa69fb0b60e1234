// Several instances on one database, as DEPLOYMENT.md runs them behind a load balancer:
// what one instance stores, another serves; the e-mail outbox runs on both and sends each
// message once; SIGTERM lets in-flight requests finish, closes the pool, and exits cleanly.
// Each test starts its own servers (app/cli/serve.ts on the same build) on a database of
// their own: the suite's server would otherwise deliver (to the log) e-mails these tests await.
import { expect, test } from "@playwright/test";
import {
  ownDatabase,
  startInstance as startOn,
  stopInstances,
  testSmtpServer,
  type Instance,
  type OwnDatabase,
} from "./own-server";
import { newStaff, signIn, stopMakingStaff } from "./staff-helpers";

test.describe.configure({ mode: "serial" });
// Not tagged @nojs: processes, not pages, so the one browser project is enough.

let database: OwnDatabase;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await ownDatabase("instances");
});
test.afterAll(async () => {
  if (!database) return;
  await stopMakingStaff(database.url);
  await database.drop();
});

const startInstance = (port: number, env: Record<string, string> = {}) => startOn(database.url, port, env);

const submit = (instance: Instance, fullName: string, email?: string) =>
  fetch(`${instance.url}/api/v1/requests`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      type: "general_inquiry",
      language: "en",
      subject: "Two instances",
      message: "A question",
      fullName,
      phone: "+92 300 1234567",
      declaration: "yes",
      ...(email ? { email } : {}),
    }),
  });

test(
  "two instances on one database: submit through one, review through the other, each e-mail sent once",
  { tag: "@postgres" },
  async ({ browser }) => {
    test.slow();
    const smtp = await testSmtpServer();
    const mails = () => smtp.mails.map((mail) => `${mail.to}|${mail.subject}`);
    const env = smtp.env;
    const [a, b] = await Promise.all([startInstance(3231, env), startInstance(3232, env)]);
    try {
      // 20 requests with e-mail, half through each instance, at once: both outboxes deliver.
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => submit(i % 2 ? a : b, "Ayesha Twoinstances", `applicant${i}@example.com`)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      const [first] = await Promise.all(responses.slice(0, 1).map((r) => r.json()));

      // An officer on instance B finds what instance A (or B) stored, and answers it.
      const context = await browser.newContext({ baseURL: b.url });
      const officer = await context.newPage();
      await signIn(officer, await newStaff("officer", database.url));
      await officer.goto(`/staff/requests?q=${first.reference}`);
      await officer.getByRole("link", { name: first.reference }).click();
      await officer.getByLabel("in review").check();
      await officer.getByRole("button", { name: "Change status" }).click();
      await expect(officer.getByText("The status has been changed.")).toBeVisible();
      await context.close();

      // Instance A shows the change at once: nothing lives in one instance's memory.
      const tracked = await fetch(`${a.url}/api/v1/requests/${first.reference}`, {
        headers: { "X-Access-Code": first.accessCode },
      });
      expect((await tracked.json()).status).toBe("in_review");

      // 21 e-mails (20 "received", 1 "being reviewed"), each sent once whichever instance sent it.
      // (A send that fails on a busy machine is retried after 30 s, at the next run of the jobs.)
      await expect.poll(() => mails().length, { timeout: 90_000 }).toBeGreaterThanOrEqual(21);
      await new Promise((r) => setTimeout(r, 2000)); // a duplicate would arrive now
      expect(mails()).toHaveLength(21);
      expect(new Set(mails()).size).toBe(21);
      const senders = [a, b].map(
        (instance) =>
          instance.logs
            .join("")
            .split("\n")
            .filter((line) => line.includes('"event":"email.sent"')).length,
      );
      expect(senders[0]! + senders[1]!).toBe(21);
    } catch (error) {
      console.log(`instance A:\n${a.logs.join("")}\ninstance B:\n${b.logs.join("")}`);
      throw error;
    } finally {
      await stopInstances(a, b);
      await smtp.close();
    }
  },
);

test("SIGTERM: requests in flight finish, the pool is closed, the process exits 0", { tag: "@postgres" }, async () => {
  const instance = await startInstance(3233);
  const inFlight = Array.from({ length: 10 }, () =>
    submit(instance, "Bilal Gracefulstop").then(
      (r) => r.status,
      () => "refused",
    ),
  );
  await new Promise((r) => setTimeout(r, 50));
  instance.process.kill("SIGTERM");
  const statuses = await Promise.all(inFlight);
  expect(await instance.exited).toBe(0);
  // Every request the server accepted before the signal was answered in full.
  expect(statuses).toContain(201);
  expect(statuses.filter((s) => s !== "refused").every((s) => s === 201)).toBe(true);
  const log = instance.logs.join("");
  expect(log).toContain('"event":"server.stopping"');
  // The background jobs stopped, then the database closed.
  expect(log).toMatch(/"event":"server.stopped".*"hooks":\["background jobs",("database",)*"database"\]/);
  expect(
    await fetch(`${instance.url}/api/health`).then(
      () => "answered",
      () => "gone",
    ),
  ).toBe("gone");
});
