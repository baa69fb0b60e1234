// The wait-list and staff booking on someone's behalf, against the production build on the demo
// schedule (Monday to Friday 09:00–13:00; one place per certificate-of-return slot), with axe on
// every page: a full day's wait-list joined, its offer declined by the first in line and accepted
// by the next without JavaScript (the offer links read from the outbox, as the person would read
// the e-mail), a used link refused; staff book someone into a free slot from the day view.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { latestEmail } from "./outbox";
import { signIn } from "./staff-helpers";

type Slot = { start: string; remaining: number };

const today = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10); // Karachi: UTC+5
const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function freeSlots(request: APIRequestContext, service: string): Promise<Slot[]> {
  return (
    await (await request.get(`/api/v1/appointments/slots?service=${service}&from=${today()}&to=${inDays(13)}`)).json()
  ).slots;
}

async function step(page: Page) {
  await expectNoAxeViolations(page);
  expect(page.url()).not.toMatch(/code=|accessCode/i);
}

test(
  "@nojs a full day's wait-list: joined, the freed place offered by e-mail, declined by the first, booked by the next through the link once",
  { tag: "@postgres" },
  async ({ page, request }, testInfo) => {
    test.slow();
    const project = testInfo.project.name === "no-js" ? "nojs" : "phone";
    // A day of its own per project (they run at once): the last, or the one before, with free times.
    const days = [...new Set((await freeSlots(request, "certificate_of_return")).map((s) => s.start.slice(0, 10)))];
    const day = days.at(project === "nojs" ? -1 : -2)!;
    const dayStarts = (await freeSlots(request, "certificate_of_return"))
      .filter((s) => s.start.startsWith(day))
      .map((s) => s.start);
    // Fill the day, through the API.
    const bookings: { reference: string; accessCode: string }[] = [];
    for (const [n, start] of dayStarts.entries()) {
      const response = await request.post("/api/v1/appointments", {
        data: {
          service: "certificate_of_return",
          start,
          name: "Ivan Petrov",
          email: "ivan@example.com",
          phone: "+92 300 1112233",
          passportNumber: `WL${project === "nojs" ? 1 : 2}${String(n).padStart(6, "0")}`,
          locale: "en",
        },
      });
      expect(response.status(), `booking ${start}: ${await response.text()}`).toBe(201);
      bookings.push(await response.json());
    }
    expect((await freeSlots(request, "certificate_of_return")).some((s) => s.start.startsWith(day))).toBe(false);

    // Join the wait-list for that day, from the service's page.
    const email = `waiting-${project}@example.com`;
    await page.goto("/en/appointments/certificate_of_return");
    await page.getByRole("link", { name: "Join the wait-list for this service" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Join the wait-list" })).toBeVisible();
    await step(page);
    // Sent empty first: every field is named.
    await page.getByRole("button", { name: "Join the wait-list" }).click();
    await expect(page.locator(".error-summary li")).toHaveCount(4);
    await step(page);
    const join = async (name: string, address: string) => {
      await page.getByLabel("First day that suits you").fill(day);
      await page.getByLabel("Last day that suits you").fill(day);
      await page.getByLabel("Full name").fill(name);
      await page.getByLabel("E-mail address").fill(address);
      await page.getByRole("button", { name: "Join the wait-list" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "You are on the wait-list" })).toBeVisible();
    };
    await join("Fatima Noor", email);
    await step(page);
    // A second person joins after her.
    const second = `second-${project}@example.com`;
    await page.goto("/en/appointments/certificate_of_return/waitlist");
    await join("Bilal Ahmed", second);

    // A booking of that day is cancelled: the place is held for the first in line, not free to others.
    const cancelled = bookings[0]!;
    await page.goto("/en/appointments/manage");
    await page.getByLabel("Booking reference").fill(cancelled.reference);
    await page.getByLabel("Access code").fill(cancelled.accessCode);
    await page.getByRole("button", { name: "Find my appointment" }).click();
    await page.getByRole("button", { name: "Cancel the appointment" }).click();
    await expect(page.getByText("Your appointment has been cancelled.", { exact: false })).toBeVisible();
    await page.getByRole("button", { name: "Close this appointment" }).click();
    expect((await freeSlots(request, "certificate_of_return")).some((s) => s.start.startsWith(day))).toBe(false);

    // The offer e-mail's link, as the first in line opens it: the time does not suit her, and she says so.
    const offerLink = async (to: string) =>
      /\/en\/appointments\/offer\/[A-Za-z0-9_-]{43}/.exec(await latestEmail(to, "/appointments/offer/"))![0];
    const declined = await offerLink(email);
    await page.goto(declined);
    await expect(page.getByText("Fatima Noor")).toBeVisible();
    await step(page);
    await page.getByRole("button", { name: "I do not want this time" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You have said no to this time" })).toBeVisible();
    await step(page);
    await page.goto(declined);
    await expect(page.getByRole("heading", { level: 1, name: "This offer is no longer open" })).toBeVisible();

    // The place passed straight on to the next in line; the staff's day view says it is held, and until when.
    await signIn(page, "officer");
    await page.goto(`/staff/appointments?day=${day}`);
    await expect(page.getByText("one place held for a wait-list offer until", { exact: false })).toHaveCount(1);
    await step(page);

    // The next in line books it.
    const link = await offerLink(second);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "A place has freed up for you" })).toBeVisible();
    await expect(page.getByText("Bilal Ahmed")).toBeVisible();
    await expect(page.getByText("This place is held for you until", { exact: false })).toBeVisible();
    await step(page);
    // Still a booking: phone and passport number are asked, and checked.
    await page.getByRole("button", { name: "Book this appointment" }).click();
    await expect(page.locator(".error-summary li")).toHaveCount(2);
    await step(page);
    await page.getByLabel("Phone number").fill("0300 7654321");
    await page.getByLabel("Passport number").fill(project === "nojs" ? "FN1234567" : "FN7654321");
    await page.getByRole("button", { name: "Book this appointment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your appointment is booked" })).toBeVisible();
    const [reference, code] = await page.locator(".reference").allInnerTexts();
    expect(reference).toMatch(/^BP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).toMatch(/^[0-9A-Z]{10}$/);
    await step(page);

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This offer is no longer open" })).toBeVisible();
    await step(page);
  },
);

test("staff book someone into a free slot from the day view", { tag: "@postgres" }, async ({ page, request }) => {
  test.slow();
  const slot = (await freeSlots(request, "invitation"))[0]!;
  const day = slot.start.slice(0, 10);
  const time = slot.start.slice(11, 16);

  const officer = await signIn(page);
  await page.goto(`/staff/appointments?day=${day}`);
  await page.getByRole("link", { name: `Book someone in ${time} Invitation` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Book on someone's behalf" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.locator(".error-summary li")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await page.getByLabel("Full name").fill("Zainab Ali");
  await page.getByLabel("E-mail address").fill("zainab@example.com");
  await page.getByLabel("Phone number").fill("0300 2223344");
  await page.getByLabel("Passport number").fill("ZA1234567");
  await page.getByLabel("Language of the person's e-mails").selectOption("ur");
  await page.getByRole("button", { name: "Book", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/staff/appointments\\?day=${day}&done=booked$`));
  const notice = page.getByRole("status").filter({ hasText: "Booked. Reference" });
  await expect(notice).toBeVisible();
  const reference = /BP-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await notice.innerText())![0];
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Zainab Ali");
  await expect(row).toContainText(`Booked by ${officer.name}`);
  await expect(row).toContainText(time);
  await expectNoAxeViolations(page);
  // The place is taken for the public too.
  expect((await freeSlots(request, "invitation")).find((s) => s.start === slot.start)?.remaining ?? 0).toBe(
    slot.remaining - 1,
  );
  // The person's confirmation e-mail, in the language chosen.
  expect(await latestEmail("zainab@example.com", reference)).toContain("بیلاروس");
});

test("@nojs a visit booked for a request from its tracking page is linked to it; a stranger's browser links nothing", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.slow();
  const created = await request.post("/api/v1/requests", {
    data: {
      type: "general_inquiry",
      language: "en",
      subject: "Visit",
      message: "A question",
      fullName: "Anna Khan",
      phone: "+92 300 1234567",
      email: "anna@example.com",
      declaration: "yes",
    },
  });
  expect(created.status()).toBe(201);
  const { reference, accessCode } = await created.json();

  // A browser without the request's tracking session: the booking pages say it will not be linked.
  const stranger = await browser.newPage();
  await stranger.goto(`/en/appointments/other?request=${reference}`);
  await expect(stranger.getByText("This appointment will not be linked to a request", { exact: false })).toBeVisible();
  await expect(stranger.locator(`main ul.plain-list a[href*="request="]`)).toHaveCount(0); // the days do not carry it
  await expect(stranger.locator("main ul.plain-list a").first()).toBeVisible();
  await stranger.close();

  await page.goto("/en/track");
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("Access code").fill(accessCode);
  await page.getByRole("button", { name: "Show my request" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/track/${reference}$`));
  await page.getByRole("link", { name: "Book a visit for this request" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/appointments/other\\?request=${reference}$`));
  await expect(page.getByText("This appointment will be linked to your request")).toBeVisible();
  await step(page);
  // One slot per project (they run at once): the last free day, its last or second-to-last time.
  await page.locator("main ul.plain-list a").last().click();
  const times = page.locator("main ul.plain-list a");
  await times.nth((await times.count()) - (testInfo.project.name === "no-js" ? 1 : 2)).click();
  await expect(page.getByText(reference)).toBeVisible();
  await page.getByLabel("Full name").fill("Anna Khan");
  await page.getByLabel("E-mail address").fill("anna@example.com");
  await page.getByLabel("Phone number").fill("0300 1234567");
  await page.getByLabel("Passport number").fill(testInfo.project.name === "no-js" ? "AK1111111" : "AK2222222");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: reference })).toBeVisible();
  await step(page);
  await page.getByRole("button", { name: "Book the appointment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment is booked" })).toBeVisible();
  await step(page);
});
