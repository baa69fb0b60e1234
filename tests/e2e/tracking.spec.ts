// The lost-code journey, end to end, on a server of its own: its e-mail goes to a test SMTP
// server, and its whole log is read afterwards for any access code.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import {
  freePort,
  ownDatabase,
  startInstance,
  stopInstances,
  testSmtpServer,
  type Instance,
  type OwnDatabase,
} from "./own-server";

test.describe.configure({ mode: "serial" });

let database: OwnDatabase;
let instance: Instance;
let smtp: Awaited<ReturnType<typeof testSmtpServer>>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await ownDatabase("tracking");
  smtp = await testSmtpServer();
  instance = await startInstance(database.url, await freePort(), {
    ...smtp.env,
    LOOKUPS_PER_HOUR: "1000",
    REQUESTS_PER_HOUR: "1000",
  });
});
test.afterAll(async () => {
  if (instance) await stopInstances(instance);
  await smtp?.close();
  await database?.drop();
});

async function submitWithEmail(email: string): Promise<{ reference: string; accessCode: string }> {
  const response = await fetch(`${instance.url}/api/v1/requests`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      type: "general_inquiry",
      language: "en",
      subject: "Lost code",
      message: "A question",
      fullName: "Anna Khan",
      phone: "+92 300 1234567",
      email,
      declaration: "yes",
    }),
  });
  expect(response.status).toBe(201);
  return response.json();
}

async function lookUp(page: Page, reference: string, code: string) {
  await page.goto(`${instance.url}/en/track`);
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("Access code").fill(code);
  const before = page.url();
  await page.getByRole("button", { name: "Show my request" }).click();
  await page.waitForURL((url) => url.href !== before);
}

async function askForNewCode(page: Page, reference: string, email: string) {
  await page.goto(`${instance.url}/en/track`);
  await page.getByRole("link", { name: "Lost your access code?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get a new access code");
  await expectNoAxeViolations(page);
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("E-mail address given in the request").fill(email);
  await page.getByRole("button", { name: "Send me a new access code" }).click();
  await expect(page.getByRole("status")).toContainText(
    "If the reference number and e-mail address match a request, we have sent a new access code",
  );
  return page.getByRole("status").textContent();
}

test(
  "a lost access code: a new one by e-mail, the old one stops working, no code in the log @nojs",
  { tag: "@postgres" },
  async ({ page }) => {
    test.slow();
    const email = `lost-${test.info().project.name}@example.com`;
    const { reference, accessCode } = await submitWithEmail(email);
    await expect.poll(() => smtp.mails.filter((m) => m.to === email).length, { timeout: 60_000 }).toBe(1); // "received"

    // A wrong address gets the very same answer, and no e-mail.
    const answerForWrong = await askForNewCode(page, reference, "someone-else@example.com");
    const answerForRight = await askForNewCode(page, reference.toLowerCase(), email.toUpperCase());
    expect(answerForRight).toBe(answerForWrong);
    await expect.poll(() => smtp.mails.filter((m) => m.to === email).length, { timeout: 60_000 }).toBe(2);
    const mail = smtp.mails.filter((m) => m.to === email)[1]!;
    expect(mail.subject).toBe(`Your new access code for request ${reference}`);
    const newCode = mail.text.match(/Your new access code: ([0-9A-Z]{10})/)![1]!;
    expect(newCode).not.toBe(accessCode);
    expect(mail.text).toContain(`/en/track?reference=${reference}`);
    expect(smtp.mails.some((m) => m.to === "someone-else@example.com")).toBe(false);

    await lookUp(page, reference, accessCode);
    await expect(
      page.getByText("We could not find a request or appointment with this reference number and access code"),
    ).toBeVisible();
    await lookUp(page, reference, newCode);
    await expect(page).toHaveURL(new RegExp(`/en/track/${reference}$`));
    await expect(page.getByText("Received", { exact: true })).toBeVisible();

    const log = instance.logs.join("");
    expect(log).toContain('"event":"access_code.reset"');
    expect(log).not.toContain(accessCode);
    expect(log).not.toContain(newCode);
  },
);

test("asking for new codes is rate-limited per reference (three a day)", { tag: "@postgres" }, async ({ page }) => {
  const { reference } = await submitWithEmail("limited@example.com");
  for (let i = 0; i < 3; i++) await askForNewCode(page, reference, "limited@example.com");
  await page.goto(`${instance.url}/en/track/new-code`);
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("E-mail address given in the request").fill("limited@example.com");
  await page.getByRole("button", { name: "Send me a new access code" }).click();
  await expect(page.locator(".warning[role=alert]")).toContainText("Too many attempts");
});
