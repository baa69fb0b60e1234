// Booking through the pages, in Urdu, with and without JavaScript (axe on every page in the
// phone project): service, day, time, details (errors first), check, book, confirmation; then
// cancel through the manage page and book again with the same passport; cancel from the tracking page. The access code never
// appears in an address.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { freePort, ownDatabase, startInstance, stopInstances } from "./own-server";
import { newStaff, signIn, stopMakingStaff } from "./staff-helpers";

async function step(page: Page) {
  await expectNoAxeViolations(page);
  expect(page.url()).not.toMatch(/code=|accessCode/i);
}

type FreeSlot = { start: string; remaining: number };

/** A service's free slots in the next 14 days (Karachi days), through the public API. */
async function freeSlots(request: APIRequestContext, service: string): Promise<FreeSlot[]> {
  const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
  return (await (await request.get(`/api/v1/appointments/slots?service=${service}&from=${today}&to=${to}`)).json())
    .slots;
}

/** Books the service's first free slot through the API for this person: the slots as they were, the time and the reference. */
async function bookFirstFree(
  request: APIRequestContext,
  service: string,
  person: { name: string; passportNumber: string },
) {
  const slots = await freeSlots(request, service);
  const start = slots[0]!.start;
  const booked = await request.post("/api/v1/appointments", {
    data: { service, start, ...person, email: "visitor@example.com", phone: "+92 300 1234567", locale: "en" },
  });
  expect(booked.status()).toBe(201);
  return { slots, start, reference: (await booked.json()).reference as string };
}

async function bookVisa(page: Page, passport: string): Promise<{ reference: string; code: string }> {
  await page.goto("/ur/appointments");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("ملاقات کا وقت مفت ہے").first()).toBeVisible();
  await step(page);
  await page.getByRole("link", { name: "ویزا کی درخواست" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "دن منتخب کریں" })).toBeVisible();
  await step(page);
  await page.locator("main ul.plain-list a").nth(1).click(); // the second free day (the API tests book the first)
  await step(page);
  await page.locator("main ul.plain-list a").last().click();
  await expect(page.getByRole("heading", { level: 1, name: "آپ کی تفصیلات" })).toBeVisible();
  await step(page);

  // Sent empty first: every field is named in the error summary.
  await page.getByRole("button").filter({ hasText: /\S/ }).last().click();
  await expect(page.locator(".error-summary li")).toHaveCount(5);
  await step(page);
  await page.getByLabel("پورا نام").fill("Ali Khan");
  await page.getByLabel("ای میل پتہ").fill("ali@example.com");
  await page.getByLabel("فون نمبر").fill("0300 1234567");
  await page.getByLabel("پاسپورٹ نمبر").fill(passport);
  await page.getByLabel("بیلاروس کے سفر کا مقصد").fill("سیاحت");
  await page.getByRole("button").filter({ hasText: /\S/ }).last().click();

  await expect(page.getByRole("heading", { level: 1, name: "اپنے جوابات چیک کریں" })).toBeVisible();
  await expect(page.getByText(passport)).toBeVisible();
  await step(page);
  await page.getByRole("button", { name: "ملاقات بک کریں" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "آپ کی ملاقات بک ہو گئی" })).toBeVisible();
  await expect(page.getByText("ساتھ کیا لائیں")).toBeVisible();
  await step(page);
  const [reference, code] = await page.locator(".reference").allInnerTexts();
  expect(reference).toMatch(/^BP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(code).toMatch(/^[0-9A-Z]{10}$/);
  return { reference: reference!, code: code! };
}

test(
  "@nojs book a visa appointment in Urdu, cancel it, and book again",
  { tag: "@postgres" },
  async ({ page }, testInfo) => {
    test.slow(); // two whole bookings, axe on every page
    const passport = testInfo.project.name === "no-js" ? "PK7654321" : "PK1234567";
    const { reference, code } = await bookVisa(page, passport);

    await page.goto("/ur/appointments/manage");
    await step(page);
    await page.getByLabel("بکنگ حوالہ نمبر").fill(reference);
    await page.getByLabel("رسائی کوڈ").fill("WRONGCODE1");
    await page.getByRole("button", { name: "میری ملاقات تلاش کریں" }).click();
    await expect(page.getByText("اس حوالہ نمبر اور رسائی کوڈ کے ساتھ کوئی ملاقات نہیں ملی۔")).toBeVisible();
    await step(page);
    await page.getByLabel("بکنگ حوالہ نمبر").fill(reference);
    await page.getByLabel("رسائی کوڈ").fill(code);
    await page.getByRole("button", { name: "میری ملاقات تلاش کریں" }).click();
    await expect(page.getByText("بک شدہ")).toBeVisible();
    await step(page);
    await page.getByRole("button", { name: "ملاقات منسوخ کریں" }).click();
    await expect(page.getByText("آپ کی ملاقات منسوخ ہو گئی۔", { exact: false })).toBeVisible();
    await expect(page.locator("dd strong").filter({ hasText: "منسوخ" })).toBeVisible();
    await step(page);

    // The same passport may book again once the first booking is cancelled.
    const again = await bookVisa(page, passport);
    expect(again.reference).not.toBe(reference);
  },
);

test("@nojs an appointment opened on the tracking page is cancelled there, and a new one booked", async ({
  page,
  request,
}, testInfo) => {
  const passport = testInfo.project.name === "no-js" ? "TR2222222" : "TR1111111";
  const remaining = async (start: string): Promise<number> => {
    return (await freeSlots(request, "consular_registration")).find((s) => s.start === start)?.remaining ?? 0;
  };
  const slots = await freeSlots(request, "consular_registration");
  const start = slots.at(testInfo.project.name === "no-js" ? -1 : -2)!.start; // one slot per project: they run at once
  const details = () => ({
    service: "consular_registration",
    name: "Olga Ivanova",
    email: "olga@example.com",
    phone: "+92 300 7654321",
    passportNumber: passport,
    locale: "en",
  });
  const booked = await request.post("/api/v1/appointments", { data: { ...details(), start } });
  expect(booked.status()).toBe(201);
  const { reference, accessCode } = await booked.json();
  const left = await remaining(start);

  // The tracking look-up: a wrong code says nothing about the booking; the right one opens it.
  await page.goto("/en/track");
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("Access code").fill("WRONGCODE1");
  await page.getByRole("button", { name: "Show my request" }).click();
  await expect(
    page.getByText("We could not find a request or appointment with this reference number and access code"),
  ).toBeVisible();
  await page.getByLabel("Access code").fill(accessCode);
  await page.getByRole("button", { name: "Show my request" }).click();
  await expect(page).toHaveURL(/\/en\/track\/appointment$/);
  await expect(page.getByRole("heading", { level: 1, name: "Change or cancel an appointment" })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expect(page.getByText("Consular registration")).toBeVisible();
  await expect(page.locator("dd strong")).toHaveText("Booked");
  await step(page);

  await page.getByRole("button", { name: "Cancel the appointment" }).click();
  await expect(page).toHaveURL(/\/en\/track\/appointment\?done=cancelled$/);
  await expect(page.getByText("Your appointment has been cancelled.", { exact: false })).toBeVisible();
  await expect(page.locator("dd strong")).toHaveText("Cancelled");
  await step(page);
  // The place is free again, and the same passport may book the service again.
  expect(await remaining(start)).toBe(left + 1);
  await expect(page.getByRole("link", { name: "Book a new appointment" })).toHaveAttribute(
    "href",
    "/en/appointments/consular_registration",
  );
  const again = await request.post("/api/v1/appointments", { data: { ...details(), start } });
  expect(again.status()).toBe(201);

  // Closing it on a shared computer: the page asks for the reference and code again.
  await page.getByRole("button", { name: "Close this appointment" }).click();
  await expect(page).toHaveURL(/\/en\/track$/);
  await page.goto("/en/track/appointment");
  await expect(page.getByRole("button", { name: "Show my request" })).toBeVisible();
  await expect(page.getByText(reference)).toHaveCount(0);
  await step(page);
});

test("the visa result and the services pages link to booking the right service", async ({ page }) => {
  await page.goto("/en/services/legalization");
  await expect(page.getByRole("link", { name: "Book a visit to the consular section" })).toHaveAttribute(
    "href",
    "/en/appointments/legalization",
  );
  await page.goto("/en/services/study-in-belarus");
  await expect(page.getByRole("link", { name: "Book a visit to the consular section" })).toHaveCount(0);
});

test(
  "the staff day view lists who comes, marks a visit attended, and blocks a slot",
  { tag: "@postgres" },
  async ({ page, request }) => {
    test.slow();
    const { slots, start, reference } = await bookFirstFree(request, "legalization", {
      name: "Anna Khan",
      passportNumber: "MP7777777",
    });

    await signIn(page);
    await page.goto(`/staff/appointments?day=${start.slice(0, 10)}`);
    const row = page.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText("Anna Khan");
    await expect(row).toContainText(start.slice(11, 16));
    await expect(row).toContainText("Legalization");
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: "Attended" }).click();
    await expect(page.getByText("Marked as attended.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Attended");
    await expect(page.getByRole("row").filter({ hasText: reference }).getByRole("button")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Blocking the next legalization slot of that day takes it out of the public's free slots.
    const next: string | undefined = slots.find(
      (s) => s.start.startsWith(start.slice(0, 10)) && s.start !== start,
    )?.start;
    if (!next) return; // the demo day has a single slot left (never with 09:00–13:00 and 30 minutes)
    await page.getByRole("button", { name: `Block ${next.slice(11, 16)} Legalization` }).click();
    await expect(page.getByText("The slot is blocked: nobody can book it.")).toBeVisible();
    expect((await freeSlots(request, "legalization")).map((s) => s.start)).not.toContain(next);
    await page.getByRole("button", { name: `Free ${next.slice(11, 16)} Legalization` }).click();
    await expect(page.getByText("The slot is open for booking again.")).toBeVisible();
  },
);

test(
  "staff move a visit to another time on the applicant's behalf",
  { tag: "@postgres" },
  async ({ page, request }) => {
    test.slow();
    const { slots, start, reference } = await bookFirstFree(request, "other", {
      name: "Bilal Ahmed",
      passportNumber: "MV5123456",
    });

    await signIn(page);
    await page.goto(`/staff/appointments?day=${start.slice(0, 10)}`);
    await page.getByRole("row").filter({ hasText: reference }).getByRole("link", { name: "Move Bilal Ahmed" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Move an appointment" })).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
    await expectNoAxeViolations(page);
    // Another day: the next day that has free times of this service.
    const other = slots.find((s) => s.start.slice(0, 10) > start.slice(0, 10))!.start;
    await page.getByLabel("Day", { exact: true }).fill(other.slice(0, 10));
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`day=${other.slice(0, 10)}`));
    await page.getByRole("button", { name: `Move to ${other.slice(11, 16)}` }).click();
    await expect(
      page.getByText("The appointment has been moved and the applicant e-mailed the new time."),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/staff/appointments\\?day=${other.slice(0, 10)}&done=moved$`));
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText(other.slice(11, 16));
    await expectNoAxeViolations(page);
    await page.goto(`/staff/appointments?day=${start.slice(0, 10)}`);
    await expect(page.getByRole("row").filter({ hasText: reference })).toHaveCount(0);
  },
);

// A closed day is global: on the suite's server it would take away the day another test (the
// wait-list's) is booking, so this test has a server and database of its own.
test("an admin enters a closed day and the public sees no slots that day", async ({ browser }) => {
  test.slow();
  const database = await ownDatabase("closed-day");
  const instance = await startInstance(database.url, await freePort());
  try {
    const context = await browser.newContext({ baseURL: instance.url });
    const page = await context.newPage();
    const slotsOf = async () => (await freeSlots(context.request, "invitation")).map((s) => s.start.slice(0, 10));
    const day = (await slotsOf()).at(-1)!;

    await signIn(page, await newStaff("admin", database.url));
    await page.goto("/staff/admin/appointments");
    await expect(page.getByText("These are demo mode's example hours")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Day", { exact: true }).fill(day);
    await page.getByLabel("Reason (for staff)").fill("Test holiday");
    await page.getByRole("button", { name: "Add a closed day" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    const closed = page.getByRole("listitem").filter({ hasText: `${day} Test holiday` });
    await expect(closed).toBeVisible();
    expect(await slotsOf()).not.toContain(day);
    await expectNoAxeViolations(page);

    await closed.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText(`${day} Test holiday`)).toHaveCount(0);
    expect(await slotsOf()).toContain(day);
    await context.close();
  } finally {
    await stopInstances(instance);
    await stopMakingStaff(database.url);
    await database.drop();
  }
});
