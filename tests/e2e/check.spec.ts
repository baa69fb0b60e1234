// The visa checker as travellers use it: one question per page, answers in the URL.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

async function answer(page: Page, choice: { radio?: string; select?: string; fill?: string }, check = true) {
  if (choice.radio) await page.getByRole("radio", { name: choice.radio, exact: true }).check();
  if (choice.select) await page.getByRole("combobox").selectOption(choice.select);
  if (choice.fill) await page.getByRole("textbox").fill(choice.fill);
  if (check) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /Continue|جاری رکھیں/ }).click();
}

test("a Pakistani with a used Schengen visa flying in from Vilnius learns no visa is needed @nojs", async ({ page }) => {
  test.slow(); // eleven pages, each checked with axe
  await page.goto("/en/check");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await answer(page, { radio: "Belarus" });
  await answer(page, { select: "PK" });
  await answer(page, { radio: "Ordinary passport" });
  await answer(page, { fill: "2026-12-10" }, false);
  await answer(page, { fill: "10" });
  await answer(page, { radio: "Yes, a multiple-entry visa" });
  await answer(page, { radio: "Yes" });
  await answer(page, { radio: "By air, at Minsk National Airport" });
  await answer(page, { radio: "No" });
  await answer(page, { radio: "Yes" });
  await answer(page, { radio: "Yes" });

  await expect(page).toHaveURL(/\/en\/check\/result\?destination=BY&nationality=PK/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not need a visa for this trip");
  await expect(page.getByText("No flight from or to Russia")).toBeVisible();
  await expect(page.getByText("The trip starts on or after October 17, 2021")).toBeVisible();
  await expect(page.getByText("To be confirmed by the Embassy")).toBeVisible();
  await expect(page.getByRole("link", { name: /State Border Committee/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the same traveller flying from Moscow learns why not, and how to get a visa @nojs", async ({ page }) => {
  const answers =
    "destination=BY&nationality=PK&passport=ordinary&travelDate=2026-12-10&stayDays=10&euVisa=multiple&euVisaUsed=yes" +
    "&entryPoint=minsk-airport&viaRussia=yes&insurance=yes&returnTicket=yes&purpose=tourism";
  await page.goto(`/en/check/result?${answers}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need a visa");
  const whyNot = page.getByRole("region", { name: /Why not: Visa-free entry/ });
  await expect(whyNot.getByText("No flight from or to Russia")).toBeVisible();
  await expect(whyNot.getByText("Your answer: Yes")).toBeVisible();
  await expect(page.getByText("Habib Bank Limited, Aabpara branch", { exact: false })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Visa, standard" })).toBeVisible();
  await expect(page.getByText("€60")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a Belarusian businessman learns about the 5-year visa @nojs", async ({ page }) => {
  await page.goto("/en/check/destination");
  await answer(page, { radio: "Pakistan" }, false);
  await answer(page, { select: "BY" }, false);
  await answer(page, { radio: "Ordinary passport" }, false);
  await answer(page, { radio: "Business" }, false);
  await answer(page, { fill: "2026-12-10" }, false);
  await answer(page, { fill: "60" }, false);
  await answer(page, { radio: "A recommendation letter from the Belarusian Chamber of Commerce and Industry" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You can get a 5-year multiple-entry business visa");
  await expect(page.getByRole("heading", { name: "Business visa on arrival, up to 30 days" })).toBeVisible();
});

test("continuing without an answer shows the error summary, linked to the question @nojs", async ({ page }) => {
  await page.goto("/en/check/destination");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle(/^Error: Where are you travelling to\?/);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select an answer" })).toHaveAttribute("href", "#destination");
  await expectNoAxeViolations(page);
});

test("changing an answer from the result drops the answers it made irrelevant @nojs", async ({ page }) => {
  await page.goto(
    "/en/check/result?destination=BY&nationality=PK&passport=ordinary&travelDate=2026-12-10&stayDays=10&euVisa=multiple&euVisaUsed=yes&entryPoint=minsk-airport&viaRussia=no&insurance=yes&returnTicket=yes",
  );
  await page.getByRole("link", { name: "Change EU or Schengen visa" }).click();
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/check\/purpose\?/);
  expect(page.url()).not.toContain("euVisaUsed");
  await page.getByRole("radio", { name: "Visiting family" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need a visa");
  await expect(page.getByRole("heading", { name: "Visiting a Belarusian relative" })).toBeVisible();
});

test("the whole wizard works in Urdu, right to left, without JavaScript @nojs", async ({ page }) => {
  test.slow(); // eleven pages, each checked with axe
  await page.goto("/ur/check/destination");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await answer(page, { radio: "بیلاروس" });
  await answer(page, { select: "PK" });
  await answer(page, { radio: "عام پاسپورٹ" });
  await answer(page, { fill: "2026-12-10" }, false); // a date picker: the browser sends ISO digits
  await answer(page, { fill: "۱۰" });
  await answer(page, { radio: "ہاں، ملٹی پل انٹری ویزا" });
  await answer(page, { radio: "ہاں" });
  await answer(page, { radio: "ہوائی جہاز سے، منسک نیشنل ایئرپورٹ پر" });
  await answer(page, { radio: "نہیں" });
  await answer(page, { radio: "ہاں" });
  await answer(page, { radio: "ہاں" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اس سفر کے لیے آپ کو ویزا کی ضرورت نہیں");
  await expect(page.getByText("روس سے یا روس کے لیے کوئی پرواز نہیں")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a Belarusian without a valid passport learns about the certificate of return, in Urdu @nojs", async ({ page }) => {
  await page.goto("/ur/check/destination");
  await answer(page, { radio: "بیلاروس" }, false);
  await answer(page, { select: "BY" }, false);
  await answer(page, { radio: "نہیں" }, false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("آپ کو واپسی کا سرٹیفکیٹ چاہیے");
});

test("the visa rules page shows every route a traveller can take, with its sources @nojs", async ({ page }) => {
  await page.goto("/en/visas");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(8);
  await expect(page.getByRole("link", { name: /Agreement between Belarus and Pakistan on visa waiver/ }).first()).toBeVisible();
});

test.describe("GET /api/v1/eligibility", () => {
  test("answers with the outcome, its conditions, sources and verification", async ({ request }) => {
    const response = await request.get(
      "/api/v1/eligibility?destination=PK&nationality=BY&passport=ordinary&purpose=business&travelDate=2026-12-10&stayDays=60&businessDocument=chamber-letter&lang=ru",
    );
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.outcome).toBe("business_visa_multiple_entry_5_years");
    expect(body.conditions.every((c: { met: boolean }) => c.met)).toBe(true);
    expect(body.verification).toEqual({ status: "to_be_confirmed", lastReviewed: "2026-11-27" });
    expect(body.title).toBe("Вы можете получить многократную деловую визу на 5 лет");
    expect(body.sources.length).toBeGreaterThan(0);
  });

  test("names every bad or missing parameter with 400, never a 500", async ({ request }) => {
    const bad = await request.get("/api/v1/eligibility?destination=XX&stayDays=abc");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors.map((e: { param: string }) => e.param)).toEqual(["destination", "stayDays"]);
    const missing = await request.get("/api/v1/eligibility?destination=BY");
    expect(missing.status()).toBe(400);
    expect((await missing.json()).errors).toEqual([{ param: "nationality", message: "required for this combination of answers" }]);
  });

  test("is documented in /api/v1/openapi.json", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    const parameters = doc.paths["/api/v1/eligibility"].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(["destination", "nationality", "passport", "euVisa", "sponsorClearance", "lang"]));
    expect(doc.paths["/api/v1/eligibility"].get.parameters[0].schema).toEqual({ type: "string", enum: ["BY", "PK"] });
  });
});
