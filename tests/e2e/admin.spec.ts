// The admin side of the staff workspace, as the people who use it: the first admin of a
// new install comes from the shell and must set up a second factor before anything else,
// adds an officer who must use one too, and that officer clears a queue; an admin's change
// to a fee reaches the public page at once.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { totpCode } from "../../app/lib/staff/two-factor";
import { expectNoAxeViolations } from "./helpers";
import { signIn } from "./staff-helpers";

const javaScript = () => test.info().project.use.javaScriptEnabled !== false;

async function newSession(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: javaScript() })).newPage();
}

/** Clicks a submit button and waits for the server's answer to the form (an action's POST, or a GET form's page). */
async function submit(page: Page, name: string) {
  const answer = page.waitForResponse(
    (response) => response.request().method() === "POST" || response.request().isNavigationRequest(),
  );
  await Promise.all([answer, page.getByRole("button", { name }).click()]);
  await page.waitForLoadState();
}

/** Sets up the second factor on "Your account" as a person would; returns the key the page showed. */
async function enrol(page: Page, password: string): Promise<string> {
  await page.getByLabel("Your password", { exact: true }).fill(password);
  await submit(page, "Set up an authenticator app");
  const secret = (await page.locator("code").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(totpCode(secret, Date.now()));
  await submit(page, "Turn on the second factor");
  await expect(page.getByRole("status")).toContainText("Your authenticator app is set up.");
  return secret;
}

test(
  "on a fresh install, an admin from the shell adds an officer with a second factor, who clears the queue; the audit log shows it @nojs",
  { tag: "@postgres" },
  async ({ browser, request }) => {
    test.slow();
    const run = `${test.info().project.name}-${Date.now()}`;
    // Names are letters only: the request form refuses digits in a name.
    const applicant = `Queue ${Date.now()
      .toString(26)
      .replace(/\d/g, (d) => "klmnopqrst"[Number(d)]!)}`;
    const references: string[] = [];
    for (const subject of ["Registration", "Certificate"]) {
      const created = await request.post("/api/v1/requests", {
        data: {
          type: "general_inquiry",
          language: "en",
          subject,
          message: "Please help",
          fullName: applicant,
          phone: "+92 300 1234567",
          declaration: "yes",
        },
      });
      expect(created.status()).toBe(201);
      references.push((await created.json()).reference);
    }

    // The operator creates the first admin from the shell (password on standard input).
    const adminEmail = `root-${run}@embassy.test`;
    const output = execFileSync(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "app/cli/staff-add.ts",
        "--email",
        adminEmail,
        "--role",
        "admin",
        "--name",
        `Root ${run}`,
      ],
      {
        input: "first admin passphrase\n",
        encoding: "utf8",
        env: process.env,
      },
    );
    expect(output).toContain(`Created admin ${adminEmail}`);

    // An admin without a second factor can do nothing but set it up, and only after the password again.
    const admin = await newSession(browser);
    await signIn(admin, adminEmail, "first admin passphrase");
    await expect(admin).toHaveURL(/\/staff\/account\?setup=required$/);
    await expect(admin.getByText("Administrators must use a second factor")).toBeVisible();
    await admin.goto("/staff/admin/staff");
    await expect(admin).toHaveURL(/\/staff\/account\?setup=required$/);
    await expect(admin.locator("code")).toHaveCount(0); // no secret until the password is given
    await admin.getByLabel("Your password", { exact: true }).fill("not the password");
    await submit(admin, "Set up an authenticator app");
    await expect(admin.getByText("The password is not right.", { exact: true })).toBeVisible();
    await enrol(admin, "first admin passphrase");
    await admin.getByRole("link", { name: "Staff", exact: true }).click();
    await expect(admin.getByRole("heading", { name: "Staff", exact: true })).toBeVisible();
    await expectNoAxeViolations(admin);
    const officerEmail = `officer-${run}@embassy.test`;
    const officerName = `Officer ${run}`;
    await admin.getByLabel("Name").fill(officerName);
    await admin.getByLabel("E-mail address").fill(officerEmail);
    await admin.getByLabel("Role").selectOption("officer");
    await admin.getByLabel("First password").fill("officer first passphrase");
    await submit(admin, "Add");
    await expect(admin.getByText("The account has been created.")).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByLabel("Require a second factor").check();
    await submit(admin, "Save access");
    await expect(admin.getByText("Saved.")).toBeVisible();

    // The officer must set up the second factor before anything else.
    const officer = await newSession(browser);
    await signIn(officer, officerEmail, "officer first passphrase");
    await expect(officer).toHaveURL(/\/staff\/account\?setup=required$/);
    await expect(officer.getByText("An administrator requires a second factor")).toBeVisible();
    await expectNoAxeViolations(officer);
    await officer.goto("/staff/requests");
    await expect(officer).toHaveURL(/\/staff\/account\?setup=required$/);
    const secret = await enrol(officer, "officer first passphrase");

    // It is asked for at the next sign-in (the next time step: each code works once).
    await submit(officer, `Sign out ${officerName}`);
    await signIn(officer, officerEmail, "officer first passphrase");
    await expect(officer.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await expectNoAxeViolations(officer);
    await officer.getByLabel("Code from your authenticator app").fill(totpCode(secret, Date.now() + 30_000));
    await submit(officer, "Continue");

    // The officer clears the queue of these requests.
    await expect(officer.getByRole("heading", { name: "Requests" })).toBeVisible();
    await officer.getByLabel("Search").fill(applicant);
    await submit(officer, "Apply filters");
    for (const reference of references) {
      await officer.getByRole("link", { name: reference }).click();
      await expect(officer.getByRole("heading", { level: 1 })).toContainText(reference);
      await submit(officer, "Take this request on");
      await expect(officer.getByText("The assignment has been changed.")).toBeVisible();
      await officer.getByLabel("in review").check();
      await submit(officer, "Change status");
      await officer.getByLabel("completed").check();
      await officer.getByLabel("Message to the applicant").fill("Done. Collect it at the Embassy.");
      await submit(officer, "Change status");
      await expect(officer.getByText("The status has been changed.")).toBeVisible();
      await officer.goto(`/staff/requests?q=${encodeURIComponent(applicant)}`);
    }
    // A search shows requests in every status: both are there, and both are completed.
    const queue = officer.getByRole("region", { name: "Requests" });
    for (const reference of references) await expect(queue.getByRole("link", { name: reference })).toBeVisible();
    await expect(queue.getByRole("cell", { name: "Completed", exact: true })).toHaveCount(2);
    await expect(queue.getByRole("cell", { name: /received|in review/i })).toHaveCount(0);

    // The admin sees each view and change in the audit log.
    await admin.goto("/staff/admin/audit");
    await admin.getByLabel("Who").selectOption({ label: officerName });
    await submit(admin, "Apply filters");
    await expectNoAxeViolations(admin);
    const events = admin.getByRole("region", { name: "Events" });
    await expect(events.getByText("request viewed").first()).toBeVisible();
    await expect(events.getByText("request assigned")).toHaveCount(2);
    await expect(events.getByText("status changed")).toHaveCount(4);
    await expect(events.getByText("second factor turned on")).toHaveCount(1);
    await expect(events.getByText("second factor setup started")).toHaveCount(1);
    await expect(events).not.toContainText(applicant);
  },
);

test("an admin changes a fee and the public page shows it at once; every admin page passes axe", async ({
  page,
  browser,
}) => {
  test.slow(); // axe on six pages
  await signIn(page, "admin");
  for (const path of ["/staff/admin/settings", "/staff/admin/retention", "/staff/account", "/staff/requests"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/staff/admin/settings");
  await page.getByRole("link", { name: "Fee: certificate of return (EUR)" }).click();
  await expectNoAxeViolations(page);
  const save = async (value: string, status: string | RegExp) => {
    await page.getByLabel("Value").fill(value);
    await page.getByLabel(status).check();
    await submit(page, "Save");
    await expect(page.getByText("Saved. The public pages show the new value.")).toBeVisible();
  };
  const visitor = await newSession(browser);
  const fees = visitor.locator(".summary-list");
  try {
    await save("25", /^Confirmed/);
    await expect(page.getByRole("region", { name: "History" })).toContainText("25");
    await visitor.goto("/en/services/certificate-of-return");
    await expect(fees).toContainText("€25");
    await expect(fees).toContainText("Confirmed");
  } finally {
    // Back to the fact base's value, still to be confirmed, whatever happened: the fee is global.
    await page.goto("/staff/admin/settings/fee.certificateOfReturn");
    await save("20", "To be confirmed");
  }
  await visitor.reload();
  await expect(fees).toContainText("€20");
});
