// The request journey as the end-to-end tests walk it: answers for each kind, and the steps.
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

export const FUTURE = "2030-01-15";

/** Minimal valid answers for each kind of request, by field id. */
export const ANSWERS: Record<string, { fill?: Record<string, string>; check?: string[] }> = {
  consular_registration: {
    check: ["#registrationKind"],
    fill: { passportNumber: "MP1234567", dateOfBirth: "1990-03-27", cityInPakistan: "Lahore" },
  },
  legalization: {
    check: ["#issuingCountry", "#mofaAttested"],
    fill: { documentList: "Marriage certificate", issuingAuthority: "Union Council Lahore" },
  },
  certificate_of_return: {
    check: ["#reason", "#policeReport", "#forChild"],
    fill: { circumstances: "Stolen in Karachi", plannedReturnDate: FUTURE, dateOfBirth: "1985-01-02" },
  },
  invitation: { check: ["#relationship"], fill: { relativeName: "Ali Khan", plannedVisitDate: FUTURE } },
  bereavement: {
    fill: {
      deceasedName: "Ivan Petrov",
      dateOfDeath: "2026-11-20",
      placeOfDeath: "Lahore",
      yourRelationship: "Wife",
      helpNeeded: "Documents to take him home",
    },
  },
  general_inquiry: { fill: { subject: "Visa for my mother", message: "Which visa does she need?" } },
};
export const CONTACT = { fullName: "Anna Khan", phone: "0300 1234567", email: "anna@example.com" };

type Answers = { fill?: Record<string, string>; check?: string[] };

const answerKeys = (answers: Answers) => [...(answers.check ?? []), ...Object.keys(answers.fill ?? {})].sort();

/** Fills in those of `answers` this page asks for (a date in its three boxes); the keys it filled. */
async function fillAsked(page: Page, answers: Answers): Promise<string[]> {
  const filled: string[] = [];
  for (const selector of answers.check ?? []) {
    const box = page.locator(selector);
    if (!(await box.count())) continue;
    await box.check();
    filled.push(selector);
  }
  for (const [id, value] of Object.entries(answers.fill ?? {})) {
    if (await page.locator(`#${id}-day`).count()) await fillDate(page, id, value);
    else if (await page.locator(`#${id}`).count()) await page.locator(`#${id}`).fill(value);
    else continue;
    filled.push(id);
  }
  return filled.sort();
}

/** Fills in a page that asks for every one of `answers`: an answer it does not ask for fails, never skipped unseen. */
export async function fillPage(page: Page, answers: Answers) {
  expect(await fillAsked(page, answers), `the answers ${page.url()} asks for`).toEqual(answerKeys(answers));
}

/** Clicks and waits for the next page: with JavaScript on, forms and links navigate in place. */
export async function moveOn(page: Page, click: () => Promise<void>) {
  const before = page.url();
  await click();
  await page.waitForURL((url) => url.href !== before);
}

/**
 * Fills every question page until check-your-answers, each page with the answers it asks for;
 * then every answer of the kind, and the contact details, must have been asked for on some page.
 */
export async function answerAll(page: Page, type: string) {
  const answers = { check: ANSWERS[type]!.check, fill: { ...ANSWERS[type]!.fill, ...CONTACT } };
  const filled = new Set<string>();
  for (let i = 0; i < 6 && !/\/check$/.test(new URL(page.url()).pathname); i++) {
    await expectNoAxeViolations(page);
    if (new URL(page.url()).pathname.endsWith("/attachments")) {
      await moveOn(page, () => page.getByRole("button", { name: /^(Continue|Продолжить|جاری رکھیں)$/ }).click());
      continue;
    }
    for (const key of await fillAsked(page, answers)) filled.add(key);
    await moveOn(page, () => page.locator("form button[type=submit]").last().click());
  }
  await expect(page).toHaveURL(/\/check$/);
  expect([...filled].sort(), `the answers the ${type} journey asked for`).toEqual(answerKeys(answers));
}

export async function start(page: Page, name: string) {
  await moveOn(page, () => page.getByRole("button", { name }).click());
}

export async function send(page: Page) {
  await expectNoAxeViolations(page);
  // At once: the anti-bot minimum runs from the journey's first page (REQUEST_MIN_FILL_SECONDS, 1 s here).
  const sendNow = async () => {
    await page.locator("#declaration").check();
    await moveOn(page, () => page.locator("form:has(#declaration) button[type=submit]").click());
  };
  await sendNow();
  // A journey quicker than that (a short one, without JavaScript, on an idle machine) is refused
  // with every answer kept and asked to send again: as a person would, send again.
  if (await page.locator("form:has(#declaration)").count()) {
    await expect(page.locator(".warning[role=alert]")).toBeVisible(); // "send your request again", in the page's language
    await page.waitForTimeout(1000);
    await sendNow();
  }
}

/** Types an ISO date into a date input's three boxes (day, month, year), as a person would: "7", "3", "1990". */
export async function fillDate(page: Page, id: string, iso: string, digits = (s: string) => s) {
  const [year, month, day] = iso.split("-").map((part) => digits(String(Number(part))));
  await page.locator(`#${id}-day`).fill(day!);
  await page.locator(`#${id}-month`).fill(month!);
  await page.locator(`#${id}-year`).fill(year!);
}

/** The look-up form, as a person fills it in. */
export async function lookUp(
  page: Page,
  locale: string,
  reference: string,
  code: string,
  labels = { reference: "Reference number", code: "Access code", button: "Show my request" },
) {
  await page.goto(`/${locale}/track`);
  await page.getByLabel(labels.reference).fill(reference);
  await page.getByLabel(labels.code).fill(code);
  await moveOn(page, () => page.getByRole("button", { name: labels.button }).click());
}
