import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

export const LOCALES = ["en", "ru", "be", "ur"] as const;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Fails on any WCAG 2.2 A/AA violation axe can find. axe is itself JavaScript, so in the
 * no-JS project the page is opened again in a context where the page's own scripts are
 * blocked: axe then sees exactly what a visitor without JavaScript sees.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  let target = page;
  const jsDisabled = test.info().project.use.javaScriptEnabled === false;
  if (jsDisabled) {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    await context.route(/\.m?js(\?|$)/, (route) => route.abort());
    target = await context.newPage();
    await target.goto(page.url());
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  } finally {
    if (jsDisabled) await target.context().close();
  }
}
