// Requests to the consular section, as applicants make and follow them.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { ANSWERS, CONTACT, FUTURE, fillDate, fillPage, moveOn, answerAll, start, send } from "./request-helpers";
import { askForInformation } from "./staff-helpers";

for (const type of Object.keys(ANSWERS)) {
  test(`${type}: the whole request, from start to reference number @nojs`, async ({ page }) => {
    test.slow();
    await page.goto(`/en/request/${type}`);
    await expectNoAxeViolations(page);
    await start(page, "Start now");
    await answerAll(page, type);
    await send(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request sent");
    await expect(page.locator(".reference").first()).toHaveText(/^BP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoAxeViolations(page);
  });
}

test("an invalid answer shows the error summary, keeps what was typed, and can be corrected @nojs", async ({ page }) => {
  await page.goto("/en/request/invitation");
  await start(page, "Start now");
  await page.locator("#relativeName").fill("Аli Khan"); // a Cyrillic А among Latin letters
  await fillDate(page, "plannedVisitDate", "2001-01-01");
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await expect(page).toHaveTitle(/^Error: Your relative/);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Check your relative's full name: a word mixes Latin and Cyrillic letters, type it again in one alphabet" })).toHaveAttribute("href", "#relativeName");
  await expect(summary.getByRole("link", { name: "Select how they are related to you" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Check the date they plan to travel: it must be today or later" })).toHaveAttribute("href", "#plannedVisitDate-day");
  await expect(page.locator("#relativeName")).toHaveValue("Аli Khan");
  await expect(page.locator("#relativeName-error")).toContainText("Latin and Cyrillic");
  await expectNoAxeViolations(page);

  await page.locator("#relativeName").fill("Ali Khan");
  await page.locator("#relationship-parent").check();
  await fillDate(page, "plannedVisitDate", FUTURE);
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await expect(page).toHaveURL(/\/request\/invitation\/contact$/);
});

test("a file that is not a PDF, JPEG or PNG is refused @nojs", async ({ page }) => {
  await page.goto("/en/request/legalization");
  await start(page, "Start now");
  await fillPage(page, ANSWERS.legalization!);
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await fillPage(page, { fill: CONTACT });
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await page.locator("#file").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90 an executable") });
  await page.getByRole("button", { name: "Attach this file" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "The file must be a PDF, JPEG or PNG" })).toBeVisible();
  await page.locator("#file").setInputFiles({ name: "nikah.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Attach this file" }).click();
  await expect(page.getByRole("button", { name: "Remove nikah.pdf" })).toBeVisible();
});

test("in Urdu with JavaScript on: a general question, right to left", async ({ page }) => {
  test.slow();
  await page.goto("/ur/request/general_inquiry");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await start(page, "ابھی شروع کریں");
  await page.locator("#subject").fill("والدہ کا ویزا");
  await page.locator("#message").fill("میری والدہ کو کون سا ویزا چاہیے؟");
  await moveOn(page, () => page.getByRole("button", { name: "محفوظ کریں اور جاری رکھیں" }).click());
  await page.locator("#fullName").fill("عائشہ خان");
  await page.locator("#phone").fill("۰۳۰۰۱۲۳۴۵۶۷");
  await moveOn(page, () => page.getByRole("button", { name: "محفوظ کریں اور جاری رکھیں" }).click());
  await expect(page.getByText("+923001234567")).toHaveCount(0); // answers are shown as typed
  await send(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("درخواست بھیج دی گئی");
  await expectNoAxeViolations(page);
});

test("the applicant follows the request and answers the Embassy's question @nojs", async ({ page, browser }) => {
  test.slow();
  await page.goto("/ru/request/consular_registration");
  await start(page, "Начать");
  await answerAll(page, "consular_registration");
  await send(page);
  const reference = (await page.locator(".reference").first().textContent())!;
  const code = (await page.locator(".reference").nth(1).textContent())!;

  await askForInformation(browser, reference, "Пришлите, пожалуйста, копию POC.");
  await page.goto("/ru/track");
  await page.getByLabel("Номер обращения").fill(reference.toLowerCase().replace(/-/g, " "));
  await page.getByLabel("Код доступа").fill(code);
  await page.getByRole("button", { name: "Показать обращение" }).click();
  await expect(page.getByText("Посольству нужны дополнительные сведения")).toBeVisible();
  await expect(page.getByText("Пришлите, пожалуйста, копию POC.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Ваш ответ").fill("Копия POC приложена.");
  await page.getByLabel("Приложить документ (необязательно)").setInputFiles({ name: "poc.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) });
  await page.getByRole("button", { name: "Отправить ответ" }).click();
  await expect(page.getByText("Ваш ответ отправлен.")).toBeVisible();
  await expect(page.getByText("На рассмотрении", { exact: true })).toBeVisible();
  await expect(page.getByText("Копия POC приложена.")).toBeVisible();
  await expect(page.getByText("poc.png")).toBeVisible();
});

test("a wrong access code reveals nothing @nojs", async ({ page }) => {
  await page.goto("/en/track?reference=BP-0000-0000&code=WRONG");
  await expect(page.getByText("We could not find a request with this reference number and access code")).toBeVisible();
});

test.describe("the requests API", () => {
  test("POST creates a request; GET with the access code shows its status", async ({ request }) => {
    const created = await request.post("/api/v1/requests", {
      data: { type: "general_inquiry", language: "en", subject: "Hello", message: "A question", fullName: "Anna Khan", phone: "+92 300 1234567", declaration: "yes" },
    });
    expect(created.status()).toBe(201);
    const { reference, accessCode, status } = await created.json();
    expect(status).toBe("received");
    const tracked = await request.get(`/api/v1/requests/${reference}`, { headers: { "X-Access-Code": accessCode } });
    expect(tracked.status()).toBe(200);
    const body = await tracked.json();
    expect(body.status).toBe("received");
    // Times on the Embassy's clock, with the offset: nobody mistakes them for UTC.
    expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
    expect((await request.get(`/api/v1/requests/${reference}`, { headers: { "X-Access-Code": "WRONG" } })).status()).toBe(404);
  });

  test("names every invalid field (422), refuses bad JSON (400) and oversized bodies (413), never a 500", async ({ request }) => {
    const invalid = await request.post("/api/v1/requests", { data: { type: "invitation", relativeName: "<b>x</b>", phone: "1", declaration: "no" } });
    expect(invalid.status()).toBe(422);
    const fields = (await invalid.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["relativeName", "relationship", "plannedVisitDate", "fullName", "phone", "declaration"]));
    expect((await request.post("/api/v1/requests", { data: "{not json", headers: { "Content-Type": "application/json" } })).status()).toBe(400);
    expect((await request.post("/api/v1/requests", { data: { type: "general_inquiry", message: "x".repeat(100_000) } })).status()).toBe(413);
  });
});
