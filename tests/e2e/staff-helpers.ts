import type { Page } from "@playwright/test";

/** Signs in through the form, as a person would, and waits for the page after it. */
export async function signIn(page: Page, email = "officer@demo.invalid", password = "demo-officer-2026") {
  await page.goto("/staff/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  const before = page.url();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.href !== before);
}
