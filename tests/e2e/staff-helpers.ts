import type { Browser, Page } from "@playwright/test";

/** Signs in through the form, as a person would, and waits for the page after it. */
export async function signIn(page: Page, email = "officer@demo.invalid", password = "demo-officer-2026") {
  await page.goto("/staff/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  const before = page.url();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.href !== before);
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
