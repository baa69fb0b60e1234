// A phone on a slow connection draws a page as it arrives, piece by piece, and whatever a later
// piece moves of what is already drawn is a layout shift (issue 14 #11: CLS 0, in Urdu as in
// English). Lighthouse caught it once in thirty runs, when the network happened to cut the page
// in the menu; here the page is cut on purpose: after every tag and in the middle of every text,
// from <body> to the end of what a phone shows first, the rest sent a moment later. Found this way,
// and fixed: the menu's <details> drawn before its <summary> arrived, a badge before its words, a
// space before a badge's note, an Urdu sentence with a date or a reference in it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

const RESULT =
  "destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=2026-12-10" +
  "&stayDays=10&visaFreeDaysThisYear=0&entryPoint=minsk-airport&viaRussia=no&returnTicket=yes&insurance=yes";

/** The checker's answer ends with its rules' badge and date, then its first section. */
const afterTheAnswer = (text: string) => text.indexOf("<section", text.indexOf('class="tagged-line"'));

/** The pages, and where on each the part to cut ends: what a phone shows first, and more. */
const PAGES = [
  // The header, the demo banner, the answer with its last day to leave, the rules' badge and date.
  {
    locale: "en",
    path: `/check/result?${RESULT}`,
    until: afterTheAnswer,
  },
  {
    locale: "ur",
    path: `/check/result?${RESULT}`,
    until: afterTheAnswer,
  },
  // The first rule on the visa page: its badge and the date it came into force.
  { locale: "ur", path: "/visas", until: (text: string) => text.indexOf("</article>") },
  // The look-up form, with its example reference inside an Urdu sentence.
  { locale: "ur", path: "/track", until: (text: string) => text.indexOf("</form>") },
];

/**
 * Byte offsets to cut at: after each tag, and a few characters into each text and in its middle;
 * on an Urdu page, a text with Latin letters or digits only at its ends. Such a run (a reference,
 * a date) is laid out left to right inside the right-to-left line, so while its own characters
 * arrive it grows towards where it started and moves a few pixels: only a tag arrives whole, and
 * a tag around it (message-tags.tsx) keeps the words beside it still.
 */
function cuts(html: Buffer, until: (text: string) => number, locale: string): number[] {
  const text = html.toString("latin1"); // one character per byte: offsets are bytes
  const from = text.indexOf("<body");
  const to = until(text);
  expect(from, "the page has a body").toBeGreaterThan(0);
  expect(to, "the page has the part to cut").toBeGreaterThan(from);
  const points: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== ">") continue;
    points.push(i + 1);
    const next = text.indexOf("<", i);
    if (locale === "ur" && /[A-Za-z0-9]/.test(text.slice(i + 1, next))) continue;
    if (next - i > 12) points.push(i + 9);
    if (next - i > 2) points.push((i + next) >> 1);
  }
  return points;
}

for (const { locale, path, until } of PAGES) {
  test(`${locale}${path.replace(/\?.*/, "")}, arriving in two pieces cut anywhere, never moves what is drawn`, async ({
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const html = await (await request.get(`/${locale}${path}`)).body();
    // Serves the page's first k bytes, the rest 100 ms later; nothing else (no scripts: what moves
    // here is the drawing of the HTML itself).
    const server = http.createServer((req, res) => {
      const k = Number(new URL(req.url!, "http://x").searchParams.get("k"));
      if (!req.url!.startsWith("/page")) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(html.subarray(0, k));
      setTimeout(() => res.end(html.subarray(k)), 100);
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const port = (server.address() as AddressInfo).port;
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, baseURL });
    const moved: string[] = [];
    const queue = cuts(html, until, locale);
    // Four pages at a time: each spends most of its load waiting for the second piece.
    const load = async () => {
      const page = await context.newPage();
      for (let k = queue.shift(); k !== undefined; k = queue.shift()) {
        await page.goto(`http://127.0.0.1:${port}/page?k=${k}`);
        const shifts = await page.evaluate(
          () =>
            new Promise<string[]>((done) => {
              const found: string[] = [];
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & {
                  value: number;
                  sources: { node?: Node }[];
                })[])
                  found.push(`${entry.value.toFixed(5)} ${entry.sources.map((s) => s.node?.nodeName).join(",")}`);
              }).observe({ type: "layout-shift", buffered: true });
              setTimeout(() => done(found), 20);
            }),
        );
        const before = html.subarray(Math.max(0, k - 30), k).toString();
        for (const shift of shifts) moved.push(`cut after …${before}: ${shift}`);
      }
    };
    try {
      await Promise.all([load(), load(), load(), load()]);
    } finally {
      await context.close();
      server.close();
    }
    expect(moved).toEqual([]);
  });
}
