import { test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN_TOTP_SECRET } from "../../prisma/demo-accounts";
import { totpCode } from "../../app/lib/staff/two-factor";

/** The authenticator secret of the accounts the tests sign in with, when they have one. */
const SECRETS: Record<string, string> = { "admin@demo.invalid": DEMO_ADMIN_TOTP_SECRET };

/**
 * Signs in through the form, as a person would, and waits for the page after it; with the
 * account's code when it has a second factor (the next time step if this one was used).
 */
export async function signIn(page: Page, email = "officer@demo.invalid", password = "demo-officer-2026", secret = SECRETS[email]) {
  await page.goto("/staff/login");
  // By id, not label: the sign-in page speaks the browser's language (ru, be or en).
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  const before = page.url();
  await page.locator('form:has(#password) button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== before);
  if (!secret || !new URL(page.url()).pathname.startsWith("/staff/login/code")) return;
  const onCodePage = () => new URL(page.url()).pathname.startsWith("/staff/login/code");
  // Each code is accepted once per account, and tests running in parallel share the demo
  // admin: when this step's code was taken, wait for the next step (at most 4 codes of the
  // challenge's 5), so such a test may take a minute or two longer.
  test.slow();
  for (let attempt = 0; attempt < 4; attempt++) {
    if (attempt > 0) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
    await page.locator("#code").fill(totpCode(secret, Date.now()));
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.locator('form:has(#code) button[type="submit"]').click();
    await answered;
    // Signed in: the page leaves the code form (with JavaScript, just after the answer); refused: it stays.
    await page.waitForURL((url) => !url.pathname.startsWith("/staff/login/code"), { timeout: 3000 }).catch(() => {});
    if (!onCodePage()) return;
  }
  throw new Error(`no code was accepted for ${email}`);
}

/**
 * Changes the status of the open request, with an optional message, and waits for this
 * change's own answer: the notice of a change before it may still be on the page.
 */
export async function changeStatus(officer: Page, to: string, message = ""): Promise<void> {
  await officer.getByLabel(to).check();
  await officer.getByLabel("Message to the applicant").fill(message);
  const answered = officer.waitForResponse((response) => response.request().method() === "POST");
  await officer.getByRole("button", { name: "Change status" }).click();
  await answered;
  await officer.getByText("The status has been changed.").waitFor();
}

/** Asks the applicant of the open request a question, in one step from any open status. */
export async function askInOneStep(officer: Page, question: string): Promise<void> {
  await officer.getByLabel("Your question to the applicant").fill(question);
  const answered = officer.waitForResponse((response) => response.request().method() === "POST");
  await officer.getByRole("button", { name: "Ask for information" }).click();
  await answered;
  await officer.getByText("Your question has been sent").waitFor();
}

/** The demo officer asks the applicant for more information, through the staff workspace. */
export async function askForInformation(browser: Browser, reference: string, message: string): Promise<void> {
  const context = await browser.newContext();
  const officer = await context.newPage();
  await signIn(officer);
  await officer.goto(`/staff/requests?q=${encodeURIComponent(reference)}`);
  await officer.getByRole("link", { name: reference }).click();
  await askInOneStep(officer, message);
  await context.close();
}
