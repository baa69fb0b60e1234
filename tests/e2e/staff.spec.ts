// The staff workspace: an officer works a request from the queue to completion while the
// applicant answers on the tracking page.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { lookUp, send } from "./request-helpers";
import { askInOneStep, changeStatus, newStaff, signIn } from "./staff-helpers";

test("staff pages refuse anyone not signed in @nojs", async ({ page, request }) => {
  await page.goto("/staff/requests");
  await expect(page).toHaveURL(/\/staff\/login$/);
  await expectNoAxeViolations(page);
  // The CVE-2025-29927 header changes nothing: access is checked by the page itself.
  const bypass = await request.get("/staff/requests", {
    headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    maxRedirects: 0,
  });
  expect(bypass.status()).toBe(307);
  expect(bypass.headers()["location"]).toContain("/staff/login");
  expect((await request.get("/staff/requests/anything/attachments/anything")).status()).toBe(401);
});

test("a wrong password is refused with an error summary @nojs", async ({ page }) => {
  const { email } = await newStaff("officer");
  await signIn(page, email, "not the password");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The e-mail address or password is not right",
  );
  // What was typed stays, but the password never does.
  await expect(page.locator("#email")).toHaveValue(email);
  await expect(page.locator("#password")).toHaveValue("");
  await expectNoAxeViolations(page);
});

test("the sign-in page follows a Russian browser, and its switch shows it in Belarusian or English @nojs", async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: "ru-RU",
    extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/staff/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await expect(page).toHaveTitle(/^Вход – /);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Беларуская" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Уваход");
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await context.close();
});

test(
  "an officer asks for information, the applicant answers, the officer completes the request @nojs",
  { tag: "@postgres" },
  async ({ browser, page }) => {
    test.slow();
    // The applicant sends a request.
    await page.goto("/en/request/general_inquiry");
    await page.getByRole("button", { name: "Start now" }).click();
    await page.locator("#subject").fill("Registration of my son");
    await page.locator("#message").fill("My son was born in Lahore. What do I need?");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.locator("#fullName").fill("Svetlana Ahmed");
    await page.locator("#phone").fill("0321 7654321");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await send(page);
    const reference = (await page.locator(".reference").first().textContent())!;
    const accessCode = (await page.locator(".reference").nth(1).textContent())!;

    // The officer finds it and asks a question.
    const staffContext = await browser.newContext({
      javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
    });
    const staff = await staffContext.newPage();
    await signIn(staff);
    await expect(staff.getByRole("heading", { name: "Requests" })).toBeVisible();
    await expectNoAxeViolations(staff);
    await staff.getByLabel("Search").fill(reference.toLowerCase());
    await staff.getByRole("button", { name: "Apply filters" }).click();
    await expect(staff.getByRole("link", { name: reference })).toBeVisible();
    const csv = await staff.request.get(
      (await staff.getByRole("link", { name: "Download these requests as CSV" }).getAttribute("href"))!,
    );
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(reference);
    await staff.getByRole("link", { name: reference }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText(reference);
    await expectNoAxeViolations(staff);
    await changeStatus(staff, "in review");
    await askInOneStep(staff, "Please send his birth certificate.");

    // The applicant answers on the tracking page.
    await lookUp(page, "en", reference, accessCode);
    // The Embassy's question stands above the answer box (and in the history).
    await expect(page.locator(".question__body")).toHaveText("Please send his birth certificate.");
    await page.getByLabel("Your answer").fill("Attached.");
    await page
      .getByLabel("Attach documents (optional)")
      .setInputFiles({ name: "birth.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Send answer" }).click();
    await expect(page.getByText("Your answer has been sent.")).toBeVisible();

    // The officer sees the answer, downloads the file, and completes the request.
    await staff.reload();
    await expect(staff.getByText("Attached.")).toBeVisible();
    const download = await staff.request.get(
      (await staff.getByRole("link", { name: "birth.pdf" }).first().getAttribute("href"))!,
    );
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("%PDF-1.4");
    await changeStatus(staff, "completed", "Registered. Collect the certificate at the Embassy.");
    await staffContext.close();

    await lookUp(page, "en", reference, accessCode);
    await expect(page.getByText("Completed")).toBeVisible();
    await expect(page.getByText("Registered. Collect the certificate at the Embassy.")).toBeVisible();
  },
);
