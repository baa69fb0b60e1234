import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const LOCALES = ["en", "ru", "be", "ur"] as const;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Fails on any WCAG 2.2 A/AA violation axe can find on the page as it is now.
 *
 * axe is itself JavaScript, so it runs in the "phone" project, where every page of every
 * journey is checked. The pages render entirely on the server and hydration changes nothing
 * in them, so the no-JS project sees the same markup; there this check is skipped, and the
 * no-JS tests check that each journey works.
 *
 * The markup does not depend on the database either, so the PostgreSQL leg of `npm test`
 * (E2E_SKIP_AXE=1) leaves axe to the SQLite leg and checks only that everything works.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (test.info().project.use.javaScriptEnabled === false || process.env.E2E_SKIP_AXE === "1") return;
  // A page the client router has just shown gets its <title> a moment later (React hoists the
  // streamed metadata): axe must see the page whole, not in between. A page that never gets a
  // title fails here, with that said.
  await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
  const results = await analyzeSettled(page);
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * axe on the page, again once the page has loaded if a navigation replaced the document under it.
 * Legacy mode runs axe.run() in the page itself; the default opens a blank page for every check to
 * merge per-frame results, and these pages have no frames (4.7 against 4.0 minutes for the shell and
 * check specs).
 */
async function analyzeSettled(page: Page) {
  try {
    return await new AxeBuilder({ page }).setLegacyMode().withTags(WCAG_TAGS).analyze();
  } catch (error) {
    if (!/Execution context was destroyed|documentElement|navigat/i.test(String(error))) throw error;
    await page.waitForLoadState("load");
    return await new AxeBuilder({ page }).setLegacyMode().withTags(WCAG_TAGS).analyze();
  }
}
