// A change without a release, end to end, on a server of its own (its e-mail goes to a test
// SMTP server): an admin makes a new officer an editor; a visitor asks to be told of
// changes; the editor adds an example traveller of their own (in English) and proposes a rule's notice and fee and a page's text, sees their impact;
// the admin approves; the public pages, /changes and its feed show it, and the subscriber's
// e-mails arrive. In English, then the same in Russian (workspace, pages and e-mails).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import {
  freePort,
  ownDatabase,
  startInstance,
  stopInstances,
  testSmtpServer,
  type Instance,
  type OwnDatabase,
} from "./own-server";
import { newStaff, signIn, stopMakingStaff, type StaffAccount } from "./staff-helpers";

test.describe.configure({ mode: "serial" });

let database: OwnDatabase;
let instance: Instance;
let smtp: Awaited<ReturnType<typeof testSmtpServer>>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await ownDatabase("changes");
  smtp = await testSmtpServer();
  instance = await startInstance(database.url, await freePort(), { ...smtp.env, REQUESTS_PER_HOUR: "1000" });
});
test.afterAll(async () => {
  if (instance) await stopInstances(instance);
  await smtp?.close();
  if (database) await stopMakingStaff(database.url);
  await database?.drop();
});

const staffPage = async (browser: Browser, locale: string, account: StaffAccount): Promise<Page> => {
  const page = await (await browser.newContext({ baseURL: instance.url, locale })).newPage();
  await signIn(page, account);
  return page;
};

const mailsTo = (to: string) => smtp.mails.filter((m) => m.to === to);

/** Subscribes on a public page and confirms through the link of the e-mail. */
async function subscribe(page: Page, path: string, email: string, confirmations: number) {
  await page.goto(`${instance.url}${path}`);
  await page.locator("#change-alert-email").fill(email);
  await page.locator('form:has(#change-alert-email) button[type="submit"]').click();
  await expect(page).toHaveURL(/done=sent/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => mailsTo(email).length, { timeout: 60_000 }).toBe(confirmations);
  const link = /https?:\/\/\S+confirm=[\w-]+/
    .exec(mailsTo(email).at(-1)!.text)![0]
    .replace(/^https?:\/\/[^/]+/, instance.url);
  await page.goto(link);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/done=confirmed/);
}

/** Proposes on the staff form, then returns the proposal's page address. */
async function propose(editor: Page, target: string, reason: string, fill: () => Promise<void>): Promise<string> {
  await editor.goto("/staff/changes/new");
  await editor.locator("#target").selectOption(target);
  await editor.locator('form[method="get"] button[type="submit"]').click();
  await editor.locator("#reason").fill(reason);
  await fill();
  // From the keyboard: on a phone the open date picker of the field before may cover the button.
  await editor.locator('form:has(#reason) button[type="submit"]').press("Enter");
  await expect(editor).toHaveURL(/\/staff\/changes\/\w+\?done=proposed/);
  return new URL(editor.url()).pathname;
}

/** A Pakistani tourist who would be visa-free but arrives through Russia: the checker's result query. */
const VIA_RUSSIA =
  "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=2026-12-10&stayDays=10&visaFreeDaysThisYear=0&entryPoint=regional-airport&viaRussia=yes&returnTicket=yes&insurance=yes";

const CASES = [
  {
    locale: "en",
    staffLocale: "en-GB",
    service: "legalization",
    rule: "by_visa_required",
    fee: "fees.standard",
    feeValue: "75",
    notice: "From today the Embassy also accepts payment by card.",
    time: "Usually **ten working days** after the documents are received.",
    shown: "Usually ten working days after the documents are received.",
    subject: "It has changed",
    feesChange: "fees",
  },
  {
    locale: "ru",
    staffLocale: "ru-RU",
    service: "certificate-of-return",
    rule: "by_certificate_of_return",
    fee: "fees.certificateOfReturn",
    feeValue: "35",
    notice: "С сегодняшнего дня Посольство принимает и оплату картой.",
    time: "Обычно **три рабочих дня** после подтверждения личности.",
    shown: "Обычно три рабочих дня после подтверждения личности.",
    subject: "Изменилось",
    feesChange: "сборы",
  },
] as const;

for (const c of CASES) {
  test(
    `an editor proposes a notice, a fee and a page's text; a colleague approves; pages, /changes and the inbox say so (${c.locale})`,
    { tag: c.locale === "en" ? "@postgres" : [] },
    async ({ browser, page }) => {
      test.setTimeout(100_000); // signIn marks it slow: three times this
      const subscriber = `watcher-${c.locale}@example.com`;
      await subscribe(page, `/${c.locale}/services/${c.service}`, subscriber, 1);
      await subscribe(page, `/${c.locale}/visas`, subscriber, 2);

      // An admin grants a new officer the editor permission.
      const officer = await newStaff("officer", database.url);
      const admin = await staffPage(browser, c.staffLocale, await newStaff("admin", database.url));
      await admin.goto("/staff/admin/staff");
      await admin.locator('a[href^="/staff/admin/staff/"]').filter({ hasText: officer.name }).click();
      await admin.locator("#editor").check();
      await admin.locator('form:has(#editor) button[type="submit"]').click();
      await expect(admin).toHaveURL(/done=access/);

      const editor = await staffPage(browser, c.staffLocale, officer);
      await editor.goto("/staff/changes");
      await expectNoAxeViolations(editor);
      // In one case, the editor adds an example traveller of their own from a checker address first.
      const ownTraveller = "Tourist from Lahore flying in through Moscow";
      if (c.locale === "en") {
        await editor.locator('a[href="/staff/changes/scenarios"]').click();
        await editor.locator("#description").fill(ownTraveller);
        await editor.locator("#address").fill(`${instance.url}/en/check/result?${VIA_RUSSIA}`);
        await editor.locator("#expected").selectOption("visa_required");
        await editor.locator('form:has(#address) button[type="submit"]').click();
        await expect(editor).toHaveURL(/done=added/);
        await expect(editor.locator("tbody tr").filter({ hasText: ownTraveller })).toContainText("as expected");
        await expectNoAxeViolations(editor);
      }
      const ruleProposal = await propose(
        editor,
        `rule:${c.rule}`,
        "Card terminal installed; new fee (Embassy order)",
        async () => {
          await editor.locator(`[id="${c.fee}"]`).fill(c.feeValue);
          await editor.locator(`[id="notice.from"]`).fill(await editor.locator("#effectiveDay").inputValue());
          await editor.locator(`[id="notice.text.${c.locale}"]`).fill(c.notice);
        },
      );
      // The impact, before approval: each value that changes, in force and proposed.
      const feeRow = editor.locator("tr", { has: editor.locator("th", { hasText: c.fee }) });
      await expect(feeRow.locator("td").nth(1)).toHaveText(c.feeValue);
      await expect(
        editor.locator("tr", { has: editor.locator("th", { hasText: `notice.text.${c.locale}` }) }),
      ).toContainText(c.notice);
      // And the example travellers whose answer it changes: those the rule answers now pay another fee.
      await expect(
        editor.locator("section:has(h2#scenarios) tbody tr").filter({ hasText: c.feesChange }).first(),
      ).toBeVisible();
      if (c.locale === "en")
        await expect(
          editor.locator("section:has(h2#scenarios) tbody tr").filter({ hasText: ownTraveller }),
        ).toContainText(c.feesChange);
      await expectNoAxeViolations(editor);
      // The proposer cannot approve: there is no review form for them.
      await expect(editor.locator('button[value="approve"]')).toHaveCount(0);

      const textProposal = await propose(
        editor,
        `content:service.${c.service}.time`,
        "The Embassy's processing time, confirmed",
        async () => {
          await editor.locator(`[id="text.${c.locale}"]`).fill(c.time);
        },
      );
      await expect(editor.locator(".diff ins").first()).toBeVisible();

      for (const proposal of [ruleProposal, textProposal]) {
        await admin.goto(proposal);
        await admin.locator('button[value="approve"]').click();
        await expect(admin).toHaveURL(/done=approved/);
      }

      await page.goto(`${instance.url}/${c.locale}/services/${c.service}`);
      await expect(page.getByText(c.shown)).toBeVisible();
      await expect(page.locator("strong").filter({ hasText: c.time.split("**")[1]! })).toBeVisible();
      await page.goto(`${instance.url}/${c.locale}/visas`);
      await expect(page.getByRole("note").filter({ hasText: c.notice })).toBeVisible();
      await page.goto(`${instance.url}/${c.locale}/changes`);
      await expect(page.locator("ol.changes")).toContainText(c.notice);
      await expect(page.locator("ol.changes")).toContainText(c.shown);
      await expectNoAxeViolations(page);
      const feed = await (await fetch(`${instance.url}/${c.locale}/changes/feed.xml`)).text();
      expect(feed).toContain(c.notice);

      // One e-mail per change to the subscriber, in their language, each with its unsubscribe link.
      await expect.poll(() => mailsTo(subscriber).length, { timeout: 90_000 }).toBe(4);
      const alerts = mailsTo(subscriber).slice(2);
      expect(alerts.every((m) => m.subject.startsWith(c.subject))).toBe(true);
      expect(alerts.map((m) => m.text).join("\n")).toContain(c.notice);
      expect(alerts.every((m) => /unsubscribe=[\w-]+/.test(m.text))).toBe(true);
    },
  );
}
