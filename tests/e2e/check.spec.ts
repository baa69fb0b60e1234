// The visa checker as travellers use it: one question per page, answers in the URL.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { signIn } from "./staff-helpers";

async function answer(page: Page, choice: { radio?: string; select?: string; fill?: string }, check = true) {
  if (choice.radio) await page.getByRole("radio", { name: choice.radio, exact: true }).check();
  if (choice.select) await page.getByRole("combobox").selectOption(choice.select);
  if (choice.fill) await page.getByRole("textbox").fill(choice.fill);
  if (check) await expectNoAxeViolations(page);
  await continueOn(page);
}

const continueOn = (page: Page) => page.getByRole("button", { name: /Continue|جاری رکھیں/ }).click();

/** On a page of several questions: the radio `option` of the question titled `question`. */
const choose = (page: Page, question: string | RegExp, option: string) =>
  page.getByRole("group", { name: question }).getByRole("radio", { name: option, exact: true }).check();

const VISA_FREE =
  "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=2026-12-10&stayDays=10" +
  "&visaFreeDaysThisYear=0&entryPoint=minsk-airport&viaRussia=no&returnTicket=yes&insurance=yes";

test("a Pakistani with a used Schengen visa flying in from Vilnius learns no visa is needed, and the last day to leave, in 7 pages @nojs", async ({
  page,
}) => {
  test.slow(); // every page checked with axe
  await page.goto("/en/check");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start now" }).click();
  await choose(page, "Where are you travelling to?", "Belarus");
  await page.getByLabel("What is your nationality?").selectOption("PK");
  await expectNoAxeViolations(page);
  await continueOn(page);
  await answer(page, { radio: "Ordinary passport" });
  await answer(page, { radio: "Tourism" });
  await answer(page, { radio: "Yes, a multiple-entry visa" });
  await expect(page.getByText("no longer stamp passports", { exact: false })).toBeVisible();
  await answer(page, { radio: "Yes" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your trip");
  await page.getByLabel("When does your trip start?").fill("2026-12-10");
  await page.getByLabel("How many days will you stay?").fill("10");
  await page.getByLabel(/Have you already been to Belarus without a visa this year/).fill("0");
  await expectNoAxeViolations(page);
  await continueOn(page);
  await choose(page, "How will you arrive in Belarus?", "By air, at Minsk National Airport");
  await choose(page, /fly in from Russia/, "No");
  await choose(page, /confirmed date to fly out/, "Yes");
  await choose(page, /medical insurance/, "Yes");
  await expectNoAxeViolations(page);
  await continueOn(page);

  await expect(page).toHaveURL(/\/en\/check\/result\?destination=BY&nationality=PK/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not need a visa for this trip");
  await expect(page.getByText("Latest day to leave Belarus: December 19, 2026")).toBeVisible();
  await expect(
    page.getByText("The stay cannot be extended, and all visa-free stays together", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("no longer stamp passports", { exact: false })).toBeVisible();
  await expect(page.getByText("To be confirmed by the Embassy").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /State Border Committee/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Background/ }).getByText(/interview with BelTA/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the Why is collapsed under the answer, and opens without JavaScript @nojs", async ({ page }) => {
  await page.goto(`/en/check/result?${VISA_FREE}`);
  const why = page.locator("details.why");
  await expect(why).not.toHaveAttribute("open");
  await expect(page.getByText("No flight from or to Russia")).toBeHidden();
  // What to do comes before the reasons.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll("main h2, main summary")].map((e) => e.textContent),
  );
  expect(order.indexOf("What to do")).toBeLessThan(order.indexOf("Why: each condition and your answer"));
  await why.locator("summary").click();
  await expect(page.getByText("No flight from or to Russia")).toBeVisible();
  await expect(page.getByText("The trip starts on or after October 17, 2021")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const [locale, work, title, permit, agents] of [
  ["en", "Work", "You need a visa", "work permit and the matching visa", "Do not pay agents"],
  ["ur", "ملازمت", "آپ کو ویزا چاہیے", "ورک پرمٹ", "ایجنٹوں کو پیسے نہ دیں"],
] as const) {
  test(`a Pakistani with a used Schengen visa who wants to work learns he needs a work permit and a visa, and not to pay agents (${locale}) @nojs`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/check/destination`);
    await page.getByRole("radio").first().check(); // Belarus
    await page.getByRole("combobox").selectOption("PK");
    await continueOn(page);
    await page.getByRole("radio").first().check(); // ordinary passport
    await continueOn(page);
    await answer(page, { radio: work });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const steps = page.locator("ol.steps");
    await expect(steps).toContainText(permit);
    await expect(page.getByRole("heading", { name: agents })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const [locale, title, notMet] of [
  ["en", "You need a visa", "no more than 90 days without a visa in the calendar year"],
  ["ur", "آپ کو ویزا چاہیے", "کیلنڈر سال میں بغیر ویزا کے 90 دن سے زیادہ نہیں"],
] as const) {
  test(`a tourist who has already spent 85 days visa-free this year is told why not (${locale}) @nojs`, async ({
    page,
  }) => {
    const before = VISA_FREE.replace("visaFreeDaysThisYear=0&", "").replace(/&entryPoint.*$/, "");
    await page.goto(`/${locale}/check/trip?${before}`);
    await page.getByRole("textbox").nth(1).fill("10");
    await page
      .getByRole("textbox")
      .nth(2)
      .fill(locale === "ur" ? "۸۵" : "85");
    await page.getByRole("textbox").nth(0).fill("2026-12-10");
    await continueOn(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator(".panel")).toContainText(notMet);
    await page.locator("details.why summary").click();
    await expect(page.locator("details.why")).toContainText(locale === "ur" ? "85 دن" : "85 days");
    await expectNoAxeViolations(page);
  });
}

test("the same traveller flying from Moscow learns why not, how to get a visa, and where to go @nojs", async ({
  page,
}) => {
  await page.goto(`/en/check/result?${VISA_FREE.replace("viaRussia=no", "viaRussia=yes")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need a visa");
  await expect(page.locator(".panel")).toContainText("Not met: No flight from or to Russia");
  await page.locator("details.why summary").click();
  const whyNot = page.getByRole("region", { name: /Why not: Visa-free entry/ });
  await expect(whyNot.getByText("No flight from or to Russia")).toBeVisible();
  await expect(whyNot.getByText("Your answer: Yes")).toBeVisible();
  await expect(page.getByText("Habib Bank Limited, Aabpara branch", { exact: false })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Visa, standard" })).toBeVisible();
  await expect(page.getByText("€60")).toBeVisible();
  await expect(page.getByRole("region", { name: "How long it takes" })).toContainText("to be confirmed by the Embassy");
  // The demo install fills the empty contact settings with values that read as demo data.
  await expect(page.getByRole("region", { name: "Where to go" })).toContainText("DEMO ADDRESS");
  await expect(page.getByRole("link", { name: "Visas: the Embassy's page on the MFA site" })).toHaveAttribute(
    "href",
    "https://pakistan.mfa.gov.by",
  );
  // The application is handed in at the consular section: the result books that visit.
  await expect(page.getByRole("link", { name: "Book a visit to the consular section" })).toHaveAttribute(
    "href",
    "/en/appointments/visa",
  );
  await expectNoAxeViolations(page);
});

test("a Belarusian businessman learns about the 5-year visa in 5 pages @nojs", async ({ page }) => {
  await page.goto("/en/check/destination");
  await choose(page, "Where are you travelling to?", "Pakistan");
  await page.getByRole("combobox").selectOption("BY");
  await continueOn(page);
  await answer(page, { radio: "Ordinary passport" }, false);
  await answer(page, { radio: "Business" }, false);
  await answer(page, { fill: "60" }, false);
  // A stay over 30 days rules the visa on arrival out, so the sponsor's clearance is not asked.
  await answer(page, { radio: "A recommendation letter from the Belarusian Chamber of Commerce and Industry" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You can get a 5-year multiple-entry business visa");
  await expect(page.locator(".panel")).toContainText(
    "Not possible: Business visa on arrival. Not met: A stay of 30 days or less.",
  );
});

for (const [locale, message] of [
  ["en", "Select where you are travelling to"],
  ["ur", "منتخب کریں کہ آپ کہاں سفر کر رہے ہیں"],
] as const) {
  test(`continuing without an answer names the question in the error summary, linked to it (${locale}) @nojs`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/check/destination`);
    await continueOn(page);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", "#destination");
    await expectNoAxeViolations(page);
  });
}

for (const [path, answers, english, urdu] of [
  ["passport", "destination=BY&nationality=PK", "Select the type of passport", "پاسپورٹ کی قسم منتخب کریں"],
  ["destination", "destination=BY&nationality=", "Select your nationality", "اپنی شہریت منتخب کریں"],
] as const) {
  test(`on the ${path} page in an error state, the language links keep the answers @nojs`, async ({ page }) => {
    // The destination page (its country list makes it large) once streamed the links without the query first (issue 13 #14).
    await page.goto(`/en/check/${path}?${answers}&answered=${path}`);
    await expect(page.getByRole("alert").getByRole("link", { name: english })).toBeVisible();
    const link = page.getByRole("navigation", { name: /language/i }).getByRole("link", { name: "اردو" });
    await expect(link).toHaveAttribute("href", new RegExp(`/ur/check/${path}\\?.*destination=BY`));
    await link.click();
    await expect(page.getByRole("alert").getByRole("link", { name: urdu })).toBeVisible();
  });
}

test("on the result page, a long page, the language links keep the answers in the server's HTML @nojs", async ({
  page,
}) => {
  await page.goto(`/en/check/result?${VISA_FREE}`);
  const link = page.getByRole("navigation", { name: /language/i }).getByRole("link", { name: "اردو" });
  await expect(link).toHaveAttribute("href", `/ur/check/result?${VISA_FREE}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/ur/check/result\\?`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("sources: the visa-free decree under its Russian title on Russian pages; English titles isolated in Urdu @nojs", async ({
  page,
}) => {
  const russian = "«Об установлении безвизового порядка въезда и выезда иностранных граждан»";
  await page.goto("/ru/visas");
  await expect(page.locator("ul.sources li", { hasText: russian }).first()).toBeVisible();
  await expect(page.locator("ul.sources bdi", { hasText: "visa-free entry and exit of foreign citizens" })).toHaveCount(
    0,
  );
  await page.goto("/ur/visas");
  const english = page.locator("ul.sources bdi[lang=en][dir=ltr]", {
    hasText: "On establishment of visa-free entry and exit of foreign citizens",
  });
  await expect(english.first()).toBeVisible();
  await expect(page.locator("ul.sources li", { hasText: russian })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an admin's indicative rupee rate shows a PKR amount beside each fee in euros", async ({ page, browser }) => {
  test.slow(); // four settings saved, two pages checked with axe
  await signIn(page, "admin");
  const set = async (name: string, value: string) => {
    await page.goto("/staff/admin/settings");
    await page.getByRole("link", { name, exact: true }).click();
    await page.getByLabel("Value").fill(value);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved. The public pages show the new value.")).toBeVisible();
  };
  const context = await browser.newContext();
  const visitor = await context.newPage();
  try {
    await set("Indicative rate: rupees per euro", "300.5");
    await set("Date of the indicative rupee rate", "2026-11-30");
    for (const [locale, pkr, note] of [
      ["en", "about PKR 18,030", "indicative, at €1 = PKR 300.5 on November 30, 2026"],
      ["ur", "تقریباً 18,030 پاکستانی روپے", "تخمینی"],
    ] as const) {
      await visitor.goto(`/${locale}/check/result?${VISA_FREE.replace("viaRussia=no", "viaRussia=yes")}`);
      await expect(visitor.getByRole("region", { name: /Fees|فیس/ })).toContainText(pkr);
      await expect(visitor.getByRole("region", { name: /Fees|فیس/ })).toContainText(note);
      await expectNoAxeViolations(visitor);
    }
  } finally {
    // The rate is global: back to none whatever happened, for the tests that run beside this one.
    await set("Indicative rate: rupees per euro", "");
    await set("Date of the indicative rupee rate", "");
  }
  await visitor.reload();
  await expect(visitor.getByRole("region", { name: /فیس/ })).not.toContainText("پاکستانی روپے");
  await context.close();
});

test("the admin sees on one page what to enter and confirm before going public, each with a link to do it", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Before going public" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before going public");
  const empty = page.getByRole("region", { name: "Required values still empty" });
  // Each by its name in the staff language (no raw keys), linked to where it is set.
  await expect(empty.getByRole("link", { name: "Enter: Emergency telephone" })).toHaveAttribute(
    "href",
    "/staff/admin/settings/embassy.emergencyPhone",
  );
  const toConfirm = page.getByRole("region", { name: "Still to be confirmed" });
  await expect(
    toConfirm.getByRole("link", {
      name: "Check and confirm: Proof that a Schengen visa was used to enter (passports are no longer stamped)",
    }),
  ).toBeVisible();
  await expect(
    toConfirm.getByRole("link", {
      name: "Check and confirm: Visa rule: Visa-free entry through the airport, with a used Schengen visa",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await toConfirm
    .getByRole("link", {
      name: "Check and confirm: Visa-free entry through the regional airports (Brest, Vitebsk, Gomel, Grodno, Mogilev)",
    })
    .click();
  await expect(page).toHaveURL(/\/staff\/admin\/settings\/visaFree\.regionalAirports$/);
});

test("in the demo the contact details read as demo data, in English and Urdu @nojs", async ({ page }) => {
  await page.goto("/en/contacts");
  await expect(page.getByRole("main").getByText("DEMO ADDRESS – not the Embassy's address")).toBeVisible();
  await expect(
    page.getByText(/telephone the Embassy at once on \+92 000 0000001 \(DEMO – not a real number\)/),
  ).toBeVisible();
  await page.goto("/ur/services/death-abroad");
  await expect(page.getByText("+92 000 0000001 (DEMO – not a real number)", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("changing an answer from the result drops the answers it made irrelevant @nojs", async ({ page }) => {
  await page.goto(`/en/check/result?${VISA_FREE}`);
  await page.getByRole("link", { name: "Change EU or Schengen visa" }).click();
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/check\/result\?/);
  expect(page.url()).not.toContain("euVisaUsed");
  expect(page.url()).not.toContain("entryPoint");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You need a visa");
});

test("the whole wizard works in Urdu, right to left, without JavaScript @nojs", async ({ page }) => {
  test.slow(); // every page checked with axe
  await page.goto("/ur/check/destination");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("radio", { name: "بیلاروس", exact: true }).check();
  await page.getByRole("combobox").selectOption("PK");
  await expectNoAxeViolations(page);
  await continueOn(page);
  await answer(page, { radio: "عام پاسپورٹ" });
  await answer(page, { radio: "سیاحت" });
  await answer(page, { radio: "ہاں، ملٹی پل انٹری ویزا" });
  await answer(page, { radio: "ہاں" });
  await page.getByRole("textbox").nth(0).fill("2026-12-10"); // a date picker: the browser sends ISO digits
  await page.getByRole("textbox").nth(1).fill("۱۰");
  await page.getByRole("textbox").nth(2).fill("۰");
  await expectNoAxeViolations(page);
  await continueOn(page);
  await choose(page, "آپ بیلاروس کیسے پہنچیں گے؟", "ہوائی جہاز سے، منسک نیشنل ایئرپورٹ پر");
  await choose(page, "کیا آپ روس سے پرواز کر کے آئیں گے یا روس کے لیے روانہ ہوں گے؟", "نہیں");
  await choose(page, "کیا آپ کے پاس بیلاروس کے کسی ایئرپورٹ سے روانگی کی تصدیق شدہ تاریخ والا ٹکٹ ہے؟", "ہاں");
  await choose(page, "کیا آپ کے پاس بیلاروس میں کارآمد کم از کم 10,000 یورو کا طبی بیمہ ہوگا؟", "ہاں");
  await expectNoAxeViolations(page);
  await continueOn(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اس سفر کے لیے آپ کو ویزا کی ضرورت نہیں");
  await page.locator("details.why summary").click();
  await expect(page.getByText("روس سے یا روس کے لیے کوئی پرواز نہیں")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a Belarusian without a valid passport learns about the certificate of return, in Urdu @nojs", async ({
  page,
}) => {
  await page.goto("/ur/check/destination");
  await page.getByRole("radio", { name: "بیلاروس", exact: true }).check();
  await page.getByRole("combobox").selectOption("BY");
  await continueOn(page);
  await answer(page, { radio: "نہیں" }, false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("آپ کو واپسی کا سرٹیفکیٹ چاہیے");
});

test("the visa rules page shows every route a traveller can take, with its sources @nojs", async ({ page }) => {
  await page.goto("/en/visas");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(8);
  await expect(
    page.getByRole("link", { name: /Agreement between Belarus and Pakistan on visa waiver/ }).first(),
  ).toBeVisible();
  await expect(page.getByText("In force since December 2023").first()).toBeVisible();
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
    expect(body.background.map((s: { title: string }) => s.title)).toContain(
      "Ambassador A. Metelitsa, interview with BelTA",
    );
    expect(body.title).toBe("Вы можете получить многократную деловую визу на 5 лет");
    expect(body.sources.length).toBeGreaterThan(0);
  });

  test("names every bad or missing parameter with 400, never a 500", async ({ request }) => {
    const bad = await request.get("/api/v1/eligibility?destination=XX&stayDays=abc");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors.map((e: { param: string }) => e.param)).toEqual(["destination", "stayDays"]);
    const missing = await request.get("/api/v1/eligibility?destination=BY");
    expect(missing.status()).toBe(400);
    expect((await missing.json()).errors).toEqual([
      { param: "nationality", code: "required", message: "required for this combination of answers" },
    ]);
  });

  test("reads whole numbers strictly, and a bad language does not hide the other errors", async ({ request }) => {
    for (const sent of ["1e1", "0x0A", "%2010", "10.5"]) {
      const response = await request.get(
        `/api/v1/eligibility?destination=PK&nationality=BY&passport=ordinary&purpose=business&businessDocument=none&stayDays=${sent}`,
      );
      expect(response.status(), sent).toBe(400);
      expect((await response.json()).errors).toEqual([
        { param: "stayDays", code: "invalid_value", message: "must be a whole number written in digits" },
      ]);
    }
    const both = await request.get(
      "/api/v1/eligibility?lang=xx&destination=BY&nationality=PK&visaFreeDaysThisYear=366",
    );
    expect((await both.json()).errors.map((e: { param: string; code: string }) => [e.param, e.code])).toEqual([
      ["lang", "invalid_value"],
      ["visaFreeDaysThisYear", "invalid_value"],
    ]);
  });

  test("counts earlier visa-free days this year, and gives the last day to leave", async ({ request }) => {
    const ok = await (await request.get(`/api/v1/eligibility?${VISA_FREE}`)).json();
    expect([ok.outcome, ok.leaveBy]).toEqual(["visa_free_airport_30_days", "2026-12-19"]);
    const capped = await (
      await request.get(`/api/v1/eligibility?${VISA_FREE.replace("visaFreeDaysThisYear=0", "visaFreeDaysThisYear=85")}`)
    ).json();
    expect(capped.outcome).toBe("visa_required");
    expect(capped.notEligibleFor[0].conditions.map((c: { id: string }) => c.id)).toEqual(["visa_free_days_in_year"]);
  });

  test("is documented in /api/v1/openapi.json", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    const parameters = doc.paths["/api/v1/eligibility"].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(["destination", "nationality", "passport", "euVisa", "sponsorClearance", "lang"]),
    );
    expect(doc.paths["/api/v1/eligibility"].get.parameters[0].schema).toEqual({ type: "string", enum: ["BY", "PK"] });
    const visaFreeDays = doc.paths["/api/v1/eligibility"].get.parameters.find(
      (p: { name: string }) => p.name === "visaFreeDaysThisYear",
    );
    expect(visaFreeDays.schema).toEqual({ type: "integer", minimum: 0, maximum: 365, default: 0 });
  });
});
