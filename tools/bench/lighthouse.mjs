// Lighthouse 12.2.3 on one page, printed as JSON: its default mobile emulation (a mid-range
// phone on slow 4G, 4× CPU slowdown) in Debian's Chromium with the flags this machine needs,
// the throttling applied to the load itself (devtools) rather than simulated afterwards. The
// simulation estimates LCP from the requests that ended before the unthrottled load's first
// paint; on these pages Next's scripts end just before or just after it, so one page's
// simulated LCP fell in two clusters whatever its language (/en/track, 7 runs: 1104 ms, then
// 1880–2275 ms; devtools: 815–907 ms, 2026-12-03), and a language comparison measured which
// cluster each run fell in. Plain JavaScript run by plain node: Lighthouse sends its functions' source to the
// browser, and a TypeScript loader's helpers would not exist there.
//   node tools/bench/lighthouse.mjs URL
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const chrome = await chromeLauncher.launch({
  // The full browser (package chromium), as a phone runs pages: not the tests' headless shell.
  chromePath: process.env.BENCH_CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
try {
  const result = await lighthouse(process.argv[2], {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    throttlingMethod: "devtools",
  });
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  console.log(
    JSON.stringify({
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: audits["largest-contentful-paint"]?.numericValue,
      tbtMs: audits["total-blocking-time"]?.numericValue,
      cls: audits["cumulative-layout-shift"]?.numericValue,
      // What moved, when anything did: a shift seen once in thirty runs must be findable.
      shifts: (audits["layout-shifts"]?.details?.items ?? []).map((item) => ({
        element: item.node?.selector ?? item.node?.snippet ?? "?",
        score: item.score,
      })),
      failing,
      runtimeError: result.lhr.runtimeError?.message,
    }),
  );
} finally {
  chrome.kill();
}
