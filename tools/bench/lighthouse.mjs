// Lighthouse 12.2.3 on one page, printed as JSON: its default mobile emulation (a mid-range
// phone on slow 4G, simulated throttling) in Debian's Chromium with the flags this machine
// needs. Plain JavaScript run by plain node: Lighthouse sends its functions' source to the
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
      failing,
      runtimeError: result.lhr.runtimeError?.message,
    }),
  );
} finally {
  chrome.kill();
}
