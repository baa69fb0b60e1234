import { test, type Browser, type Page } from "@playwright/test";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import type { Role } from "../../app/lib/staff/sessions";
import { totpCode } from "../../app/lib/staff/two-factor";

/** A staff account of one test's own, and the last time step its codes were used in (each is accepted once). */
export type StaffAccount = { email: string; password: string; name: string; secret: string | null; lastStep?: number };

/**
 * The processes that make the accounts (tests/support/e2e-staff.ts), one per database: the
 * suite's (DATABASE_URL, as the server the tests drive uses it) or a spec's own
 * (own-server.ts). Started on first use, one request at a time, ended with the Playwright
 * worker (their standard input closes).
 */
const makers = new Map<
  string,
  { child: ChildProcessWithoutNullStreams; answers: AsyncIterator<string>; queue: Promise<unknown> }
>();

function makerFor(databaseUrl: string) {
  let maker = makers.get(databaseUrl);
  if (!maker) {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/support/e2e-staff.ts"],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" },
    );
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    maker = {
      child,
      answers: createInterface({ input: child.stdout })[Symbol.asyncIterator](),
      queue: Promise.resolve(),
    };
    makers.set(databaseUrl, maker);
  }
  return maker;
}

/**
 * A new account for the calling test alone, made through the app's data layer: a random
 * address, a known password, and for an admin a second factor already set up, whose codes the
 * test computes (totpCode). No test shares an account, so none waits for another's code, and
 * a wrong password or a sign-in throttle touches nobody else.
 */
export function newStaff(role: Role, databaseUrl = process.env.DATABASE_URL!): Promise<StaffAccount> {
  const maker = makerFor(databaseUrl);
  const made = maker.queue.then(async () => {
    maker.child.stdin.write(`${role}\n`);
    const line = await maker.answers.next();
    if (line.done) throw new Error(`tests/support/e2e-staff.ts ended (exit code ${maker.child.exitCode})`);
    const answer = JSON.parse(line.value) as StaffAccount | { error: string };
    if ("error" in answer) throw new Error(`could not make a ${role}: ${answer.error}`);
    return answer;
  });
  maker.queue = made.catch(() => undefined);
  return made;
}

/** Ends the maker of a spec's own database before the spec drops it (the suite's ends with the worker). */
export async function stopMakingStaff(databaseUrl: string): Promise<void> {
  const maker = makers.get(databaseUrl);
  if (!maker) return;
  makers.delete(databaseUrl);
  const exited = new Promise((resolve) =>
    maker.child.exitCode === null ? maker.child.on("exit", resolve) : resolve(null),
  );
  maker.child.stdin.end();
  await exited;
}

/**
 * Signs in through the form, as a person would, and waits for the page after it; with the
 * account's code when it has a second factor (the next time step if this one was used).
 * `who` is a role (a new account of it, returned), an account from newStaff, or an e-mail
 * address with `password` (an account the test made itself, or a wrong password).
 */
export async function signIn(
  page: Page,
  who: StaffAccount | string = "officer",
  password?: string,
): Promise<StaffAccount> {
  if (typeof who === "string" && who.endsWith("@demo.invalid"))
    throw new Error('Tests do not share the demo accounts: signIn(page, "officer" | "admin"), or newStaff(role)');
  const account: StaffAccount =
    who === "officer" || who === "admin"
      ? await newStaff(who)
      : typeof who === "string"
        ? { email: who, password: password!, name: who, secret: null }
        : who;
  await page.goto("/staff/login");
  // By id, not label: the sign-in page speaks the browser's language (ru, be or en).
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(password ?? account.password);
  const before = page.url();
  await page.locator('form:has(#password) button[type="submit"]').click();
  await page.waitForURL((url) => url.href !== before);
  if (!account.secret || !new URL(page.url()).pathname.startsWith("/staff/login/code")) return account;
  // A code already used for this account (a second sign-in within 30 s) waits for the next time step.
  const step = Math.max(Math.floor(Date.now() / 30_000), (account.lastStep ?? 0) + 1);
  if (step * 30_000 > Date.now()) {
    test.slow();
    await page.waitForTimeout(step * 30_000 - Date.now() + 500);
  }
  const now = Date.now();
  await page.locator("#code").fill(totpCode(account.secret, now));
  account.lastStep = Math.floor(now / 30_000);
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.locator('form:has(#code) button[type="submit"]').click();
  await answered;
  // Signed in: the page leaves the code form (with JavaScript, just after the answer); refused: it stays.
  await page.waitForURL((url) => !url.pathname.startsWith("/staff/login/code"), { timeout: 5000 }).catch(() => {});
  if (new URL(page.url()).pathname.startsWith("/staff/login/code"))
    throw new Error(`the code was not accepted for ${account.email}`);
  return account;
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

/** An officer of the test's own asks the applicant for more information, through the staff workspace. */
export async function askForInformation(browser: Browser, reference: string, message: string): Promise<void> {
  const context = await browser.newContext();
  const officer = await context.newPage();
  await signIn(officer);
  await officer.goto(`/staff/requests?q=${encodeURIComponent(reference)}`);
  await officer.getByRole("link", { name: reference }).click();
  await askInOneStep(officer, message);
  await context.close();
}
