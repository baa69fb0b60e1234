import { test, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_ADMIN_TOTP_SECRET } from "../../prisma/demo-accounts";
import { totpCode } from "../../app/lib/staff/two-factor";

/** The authenticator secret of the accounts the tests sign in with, when they have one. */
const SECRETS: Record<string, string> = { "admin@demo.invalid": DEMO_ADMIN_TOTP_SECRET };

/**
 * Signs in through the form, as a person would, and waits for the page after it; with the
 * account's code when it has a second factor (the next time step if this one was used).
 */
export async function signIn(page: Page, email = "officer@demo.invalid", password = "demo-officer-2026", secret = SECRETS[email]) {
  const withPassword = async () => {
    await page.goto("/staff/login");
    // By id, not label: the sign-in page speaks the browser's language (ru, be or en).
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(password);
    const before = page.url();
    await page.locator('form:has(#password) button[type="submit"]').click();
    await page.waitForURL((url) => url.href !== before);
  };
  const onCodePage = () => new URL(page.url()).pathname.startsWith("/staff/login/code");
  if (!secret) return withPassword();
  // Each code is accepted once per account, a completed sign-in ends the account's other
  // pending challenges, and a wrong code counts towards the sign-in throttle: tests that share
  // the demo admin take turns (a lock across the workers), each with a time step of its own.
  test.slow();
  await withCodeTurn(email, async (lastStep) => {
    await withPassword();
    if (!onCodePage()) return lastStep; // a wrong password, or an account without its factor yet
    const step = Math.max(Math.floor(Date.now() / 30_000), lastStep + 1);
    const wait = step * 30_000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait + 500);
    const now = Date.now();
    await page.locator("#code").fill(totpCode(secret, now));
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.locator('form:has(#code) button[type="submit"]').click();
    await answered;
    // Signed in: the page leaves the code form (with JavaScript, just after the answer); refused: it stays.
    await page.waitForURL((url) => !url.pathname.startsWith("/staff/login/code"), { timeout: 5000 }).catch(() => {});
    return Math.floor(now / 30_000);
  });
  if (!onCodePage()) return;
  throw new Error(`no code was accepted for ${email}`);
}

/**
 * Runs `use` alone among the test workers for this account's codes: a lock directory (a stale
 * one, left by a worker that died, is taken over after a minute) and the last time step used.
 */
async function withCodeTurn(email: string, use: (lastStep: number) => Promise<number>): Promise<void> {
  const base = path.join(os.tmpdir(), `consular-helper-e2e-totp-${process.env.E2E_PORT ?? 3210}-${email}`);
  const lock = `${base}.lock`;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    const last = Number(fs.existsSync(`${base}.step`) ? fs.readFileSync(`${base}.step`, "utf8") : 0);
    fs.writeFileSync(`${base}.step`, String(await use(last)));
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
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
