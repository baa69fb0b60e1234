// Requests to the consular section, as applicants make and follow them.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import {
  ANSWERS,
  CONTACT,
  FUTURE,
  fillDate,
  fillPage,
  lookUp,
  moveOn,
  answerAll,
  start,
  send,
} from "./request-helpers";
import { askForInformation } from "./staff-helpers";

for (const type of Object.keys(ANSWERS)) {
  test(`${type}: the whole request, from start to reference number @nojs`, { tag: "@postgres" }, async ({ page }) => {
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

test("an invalid answer shows the error summary, keeps what was typed, and can be corrected @nojs", async ({
  page,
}) => {
  await page.goto("/en/request/invitation");
  await start(page, "Start now");
  await page.locator("#relativeName").fill("Аli Khan"); // a Cyrillic А among Latin letters
  await fillDate(page, "plannedVisitDate", "2001-01-01");
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await expect(page).toHaveTitle(/^Error: Your relative/);
  const summary = page.getByRole("alert");
  await expect(
    summary.getByRole("link", {
      name: "Check your relative's full name: a word mixes Latin and Cyrillic letters, type it again in one alphabet",
    }),
  ).toHaveAttribute("href", "#relativeName");
  await expect(summary.getByRole("link", { name: "Select how they are related to you" })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Check the date they plan to travel: it must be today or later" }),
  ).toHaveAttribute("href", "#plannedVisitDate-day");
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
  await page
    .locator("#file")
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90 an executable") });
  await page.getByRole("button", { name: "Attach this file" }).click();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "The file must be a PDF, JPEG or PNG" }),
  ).toBeVisible();
  await page
    .locator("#file")
    .setInputFiles({ name: "nikah.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
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

const PNG = (name: string) => ({
  name,
  mimeType: "image/png",
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
});

/** A request sent through the API (quicker than the form where the form is not what is tested). */
async function apiRequest(request: APIRequestContext): Promise<{ reference: string; accessCode: string }> {
  const created = await request.post("/api/v1/requests", {
    data: {
      type: "general_inquiry",
      language: "en",
      subject: "Hello",
      message: "A question",
      fullName: "Anna Khan",
      phone: "+92 300 1234567",
      declaration: "yes",
    },
  });
  expect(created.status()).toBe(201);
  return created.json();
}

/** Every address the browser asked for or was sent to, to check that none carries the access code. */
function recordAddresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(r.url(), r.headers().referer ?? ""));
  page.on("response", (r) => seen.push(r.headers().location ?? ""));
  return seen;
}

test(
  "the applicant follows the request and answers the Embassy's question with two files @nojs",
  { tag: "@postgres" },
  async ({ page, browser }) => {
    test.slow();
    await page.goto("/ru/request/consular_registration");
    await start(page, "Начать");
    await answerAll(page, "consular_registration");
    await send(page);
    const reference = (await page.locator(".reference").first().textContent())!;
    const code = (await page.locator(".reference").nth(1).textContent())!;
    const addresses = recordAddresses(page);
    // The confirmation's own link and share texts carry the reference only.
    const links = await page
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((href) => href.includes(code))).toEqual([]);
    const whatsApp = decodeURIComponent(
      (await page.getByRole("link", { name: "Отправить в WhatsApp" }).getAttribute("href"))!,
    );
    expect(whatsApp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(whatsApp).toContain(reference);
    expect(whatsApp).toContain(`/ru/track?reference=${reference}`);
    expect(whatsApp).not.toContain(code);
    // Printed, the page keeps the reference and the code and drops the navigation and the sharing links.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".copyable").nth(1)).toBeVisible();
    await expect(page.getByRole("link", { name: "Отправить в WhatsApp" })).toBeHidden();
    await expect(page.locator("footer")).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    await askForInformation(browser, reference, "Пришлите, пожалуйста, копию POC.");
    await lookUp(page, "ru", reference.toLowerCase().replace(/-/g, " "), code, {
      reference: "Номер обращения",
      code: "Код доступа",
      button: "Показать обращение",
    });
    await expect(page).toHaveURL(new RegExp(`/ru/track/${reference}$`));
    await expect(page.getByText("Посольству нужны дополнительные сведения")).toBeVisible();
    // The question stands above the answer box.
    const question = page.locator(".question");
    await expect(question).toContainText("Пришлите, пожалуйста, копию POC.");
    expect((await question.boundingBox())!.y).toBeLessThan((await page.getByLabel("Ваш ответ").boundingBox())!.y);
    await expectNoAxeViolations(page);

    // The session: an HttpOnly, SameSite=Strict cookie for 30 minutes, naming this request only.
    const session = (await page.context().cookies()).find((c) => c.name === "ch_track")!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(session.expires * 1000 - Date.now()).toBeGreaterThan(25 * 60_000);
    expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5_000);
    expect(session.value.startsWith(`${reference}.`)).toBe(true);
    expect(session.value).not.toContain(code);

    await page.getByLabel("Ваш ответ").fill("Копия POC приложена.");
    await page
      .getByLabel("Приложить документы (необязательно)")
      .setInputFiles([PNG("poc-front.png"), PNG("poc-back.png")]);
    await moveOn(page, () => page.getByRole("button", { name: "Отправить ответ" }).click());
    await expect(page.getByText("Ваш ответ отправлен.")).toBeVisible();
    await expect(page.getByText("На рассмотрении", { exact: true })).toBeVisible();
    const timeline = page.getByRole("region", { name: "История" });
    await expect(timeline.getByText("Копия POC приложена.")).toBeVisible();
    await expect(timeline.getByText("poc-front.png")).toBeVisible();
    await expect(timeline.getByText("poc-back.png")).toBeVisible();

    // The Embassy has not acted yet: a further answer is possible, and shows too.
    await expect(page.getByRole("heading", { name: "Дополнить ответ" })).toBeVisible();
    await page.getByLabel("Ваш ответ").fill("И ещё одна страница.");
    await page.getByRole("button", { name: "Отправить ответ" }).click(); // the same address again: ?outcome=replied
    await expect(timeline.getByText("И ещё одна страница.")).toBeVisible();
    await expect(timeline.getByText("Копия POC приложена.")).toBeVisible();
    await expectNoAxeViolations(page);

    expect(addresses.filter((address) => address.includes(code))).toEqual([]);
  },
);

test(
  "withdrawing asks for confirmation first, and records the reason @nojs",
  { tag: "@postgres" },
  async ({ page, request }) => {
    const { reference, accessCode } = await apiRequest(request);
    await lookUp(page, "en", reference, accessCode);
    await moveOn(page, () => page.getByRole("link", { name: "Withdraw request" }).click());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Withdraw request ${reference}?`);
    await expectNoAxeViolations(page);
    // Changing one's mind changes nothing.
    await moveOn(page, () => page.getByRole("link", { name: "No, back to my request", exact: true }).click());
    await expect(page.getByText("Received", { exact: true })).toBeVisible();

    await moveOn(page, () => page.getByRole("link", { name: "Withdraw request" }).click());
    await page.getByLabel("Why are you withdrawing it? (optional)").fill("I found the answer on the website.");
    await moveOn(page, () => page.getByRole("button", { name: "Yes, withdraw my request" }).click());
    await expect(page).toHaveURL(new RegExp(`/en/track/${reference}\\?outcome=withdrawn$`));
    await expect(page.getByText("Your request has been withdrawn.")).toBeVisible();
    await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
    await expect(page.getByText("I found the answer on the website.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Withdraw request" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  },
);

test("a wrong access code reveals nothing, and the code never reaches the address @nojs", async ({ page }) => {
  const addresses = recordAddresses(page);
  await lookUp(page, "en", "BP-0000-0000", "WRONGCODE7");
  await expect(
    page.getByText("We could not find a request or appointment with this reference number and access code"),
  ).toBeVisible();
  await expect(page.getByLabel("Reference number")).toHaveValue("BP-0000-0000");
  await expect(page.getByLabel("Access code")).toHaveValue("");
  expect(addresses.filter((address) => address.includes("WRONGCODE7"))).toEqual([]);
});

test("a code in an old-style address opens nothing, and a session opens only its own request @nojs", async ({
  page,
  request,
}) => {
  const mine = await apiRequest(request);
  const other = await apiRequest(request);
  await page.goto(`/en/track?reference=${other.reference}&code=${other.accessCode}`);
  await expect(page.getByLabel("Access code")).toHaveValue("");
  await expect(page.locator(".summary-list")).toHaveCount(0);

  await lookUp(page, "en", mine.reference, mine.accessCode);
  await expect(page).toHaveURL(new RegExp(`/en/track/${mine.reference}$`));
  await page.goto(`/en/track/${other.reference}`);
  await expect(page).toHaveURL(new RegExp(`/en/track\\?reference=${other.reference}&outcome=signIn$`));
  await expect(page.getByText("To see this request, enter its reference number and access code.")).toBeVisible();

  // Closing the request on this device ends the session.
  await page.goto(`/en/track/${mine.reference}`);
  await moveOn(page, () => page.getByRole("button", { name: "Close my request on this device" }).click());
  expect((await page.context().cookies()).find((c) => c.name === "ch_track")).toBeUndefined();
  await page.goto(`/en/track/${mine.reference}`);
  await expect(page).toHaveURL(/outcome=signIn$/);
});

test.describe("the requests API", () => {
  test("POST creates a request; GET with the access code shows its status", async ({ request }) => {
    const created = await request.post("/api/v1/requests", {
      data: {
        type: "general_inquiry",
        language: "en",
        subject: "Hello",
        message: "A question",
        fullName: "Anna Khan",
        phone: "+92 300 1234567",
        declaration: "yes",
      },
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
    expect(
      (await request.get(`/api/v1/requests/${reference}`, { headers: { "X-Access-Code": "WRONG" } })).status(),
    ).toBe(404);
    // The code in the address is ignored: it would be written to access logs.
    expect((await request.get(`/api/v1/requests/${reference}?accessCode=${accessCode}`)).status()).toBe(404);
  });

  test("names every invalid field (422), refuses bad JSON (400) and oversized bodies (413), never a 500", async ({
    request,
  }) => {
    const invalid = await request.post("/api/v1/requests", {
      data: { type: "invitation", relativeName: "<b>x</b>", phone: "1", declaration: "no" },
    });
    expect(invalid.status()).toBe(422);
    const fields = (await invalid.json()).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(["relativeName", "relationship", "plannedVisitDate", "fullName", "phone", "declaration"]),
    );
    expect(
      (
        await request.post("/api/v1/requests", { data: "{not json", headers: { "Content-Type": "application/json" } })
      ).status(),
    ).toBe(400);
    expect(
      (
        await request.post("/api/v1/requests", { data: { type: "general_inquiry", message: "x".repeat(100_000) } })
      ).status(),
    ).toBe(413);
  });
});
