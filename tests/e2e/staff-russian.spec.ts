// A Russian-speaking consul's morning: she signs in with a Russian browser, works the queue
// in Russian, asks a question in one step, sees the answer marked "replied", reads a
// legalization request with every answer labelled (no raw keys, no UTC), and prints it.
// Axe runs on every staff page in Russian.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { lookUp } from "./request-helpers";
import type { Role } from "../../app/lib/staff/sessions";
import { signIn, type StaffAccount } from "./staff-helpers";

const RUSSIAN = { locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" } };

/** A new account of `role` signed in from a Russian browser; the page and the account. */
async function signInInRussian(browser: Browser, role: Role): Promise<{ page: Page; account: StaffAccount }> {
  const context = await browser.newContext({
    ...RUSSIAN,
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  });
  const page = await context.newPage();
  const account = await signIn(page, role);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  return { page, account };
}

test("an officer works a legalization request in Russian, from the queue to the print view @nojs", async ({
  browser,
  page,
  request,
}) => {
  test.slow();
  // Names are letters only: digits of the time spelt as letters keep each run's applicant apart.
  const applicant = `Imran Qureshi ${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
  const created = await request.post("/api/v1/requests", {
    data: {
      type: "legalization",
      language: "en",
      documentList: "Nikah nama, Union Council Lahore, 2019",
      issuingCountry: "PK",
      issuingAuthority: "Union Council Lahore",
      mofaAttested: "not_sure",
      useInBelarus: "Registration of marriage in Minsk",
      fullName: applicant,
      phone: "+92 300 1234567",
      declaration: "yes",
    },
  });
  expect(created.status()).toBe(201);
  const { reference, accessCode } = await created.json();

  const { page: officer } = await signInInRussian(browser, "officer");
  await expect(officer.locator("html")).toHaveAttribute("lang", "ru");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Обращения");
  await expect(officer.getByRole("link", { name: "Мои обращения" })).toBeVisible();
  await expectNoAxeViolations(officer);
  await officer.getByLabel("Поиск").fill(reference);
  await officer.getByRole("button", { name: "Применить фильтры" }).click();
  const row = officer.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Легализация документов");
  await expect(row).toContainText("Получено");

  // Asked in one step, straight from "received", with the question in the same form.
  await row.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(reference);
  await expectNoAxeViolations(officer);
  await officer.getByRole("button", { name: "Запросить сведения" }).click();
  await expect(officer.locator(".error-summary")).toContainText("Введите вопрос заявителю");
  await expect(officer.locator("#question-error")).toContainText("Введите вопрос заявителю");
  await expectNoAxeViolations(officer);
  await officer.getByLabel("Ваш вопрос заявителю").fill("Пришлите, пожалуйста, скан никах-наме.");
  await officer.getByRole("button", { name: "Запросить сведения" }).click();
  await expect(officer.getByRole("status")).toContainText("Вопрос отправлен");
  await expect(officer.getByText("Нужны сведения").first()).toBeVisible();

  // The applicant answers on the tracking page.
  await lookUp(page, "en", reference, accessCode);
  await page.getByLabel("Your answer").fill("Scan attached.");
  await page.getByRole("button", { name: "Send answer" }).click();
  await expect(page.getByText("Your answer has been sent.")).toBeVisible();
  await expect(page.locator("main")).toContainText(/GMT\+5|PKT/); // the applicant reads the Embassy's clock too

  // "Replied": a saved filter, and a marker on the row.
  await officer.goto("/staff/requests");
  await officer.getByRole("link", { name: "Заявитель ответил" }).click();
  await expect(officer).toHaveURL(/replied=1/);
  const replied = officer.getByRole("row").filter({ hasText: reference });
  await expect(replied).toContainText("есть ответ");
  await expect(replied).toContainText("На рассмотрении");
  await expectNoAxeViolations(officer);

  // Every answer labelled in Russian; the applicant's free text as typed, marked English.
  await replied.getByRole("link", { name: reference }).click();
  const summary = officer.locator(".summary-list");
  for (const [label, value] of [
    ["Какие документы нужно легализовать?", "Nikah nama, Union Council Lahore, 2019"],
    ["Какая страна их выдала?", "Пакистан"],
    ["Какой орган их выдал?", "Union Council Lahore"],
    ["Министерство иностранных дел Пакистана уже заверило их?", "Не уверен(а)"],
    ["Язык заявителя", "английский"],
  ] as const) {
    await expect(
      summary
        .locator("div")
        .filter({ has: officer.locator("dt", { hasText: label }) })
        .locator("dd"),
    ).toContainText(value);
  }
  await expect(summary.locator('dd[lang="en"]', { hasText: "Nikah nama" })).toHaveCount(1);
  const main = officer.locator("main");
  for (const raw of [
    "documentList",
    "mofaAttested",
    "not_sure",
    "issuingCountry",
    "legalization",
    "in_review",
    "staff:",
    "UTC",
  ])
    await expect(main).not.toContainText(raw);
  await expect(main).toContainText("Scan attached.");
  await expect(main).toContainText(/GMT\+5|PKT/); // Karachi time, saying so

  // The print view: the reference, who printed it and when, audited.
  await officer.getByRole("link", { name: "Распечатать обращение" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(officer.getByText(/^Распечатано .+, /)).toBeVisible();
  await expect(officer.locator("main")).toContainText("Вложения");
  await expect(officer.locator("main")).toContainText("История");
  await officer.emulateMedia({ media: "print" });
  await expect(officer.getByRole("link", { name: "Назад к обращению" })).toBeHidden();
  await officer.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(officer);

  await officer.goto("/staff/account");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Ваша учётная запись");
  await expect(officer.getByLabel("Русский")).toBeChecked();
  await expectNoAxeViolations(officer);
  await officer.context().close();
});

test("every admin page speaks Russian and passes axe", async ({ browser }) => {
  test.slow(); // axe on seven pages
  const { page: admin, account } = await signInInRussian(browser, "admin");
  const pages: [string, string][] = [
    ["/staff/admin/staff", "Сотрудники"],
    ["/staff/admin/settings", "Настройки"],
    ["/staff/admin/settings/legalization.route", "Пакистанские документы: легализация или апостиль"],
    ["/staff/admin/audit", "Журнал аудита"],
    ["/staff/admin/retention", "Сроки хранения"],
  ];
  for (const [url, heading] of pages) {
    await admin.goto(url);
    await expect(admin.getByRole("heading", { level: 1 }), url).toHaveText(heading);
    await expectNoAxeViolations(admin);
  }
  // Settings by name, fixed choices by their labels, rule entries named after their route.
  await admin.goto("/staff/admin/settings");
  await expect(admin.getByRole("link", { name: "Сбор: виза (евро)" })).toBeVisible();
  await expect(admin.locator("main")).toContainText("требуется консульская легализация");
  await expect(admin.getByRole("link", { name: /^Визовое правило: Граждане Беларуси/ })).toBeVisible();
  await admin.goto("/staff/admin/staff");
  await admin.getByRole("link", { name: account.name }).click();
  await expect(admin.getByRole("heading", { name: "Доступ" })).toBeVisible();
  await expectNoAxeViolations(admin);

  // A refused value keeps what was typed, with the error summary.
  await admin.goto("/staff/admin/staff");
  await admin.getByLabel("Имя").fill("Новый сотрудник");
  await admin.getByLabel("Адрес электронной почты").fill("not an address");
  await admin.getByRole("button", { name: "Добавить" }).click();
  await expect(admin.locator(".error-summary")).toContainText("Введите адрес электронной почты");
  await expect(admin.locator(".error-summary")).toContainText("Введите первый пароль");
  await expect(admin.locator(".error-summary")).not.toContainText("errors."); // no message key left untranslated
  await expect(admin.getByLabel("Имя")).toHaveValue("Новый сотрудник");
  await expect(admin.getByLabel("Адрес электронной почты")).toHaveValue("not an address");
  await expectNoAxeViolations(admin);

  await admin.goto("/staff/admin/audit");
  await expect(admin.locator("main")).toContainText("вход");
  await expect(admin.locator("main")).not.toContainText("staff.login");
  await admin.context().close();
});
