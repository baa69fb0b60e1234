// End-to-end tests against the production build (`next build && next start`), in
// Debian's Chromium (Playwright's own browser download cannot happen here): its headless shell
// (package chromium-headless-shell), the old headless mode Playwright itself runs by default.
// The whole SQLite leg took 6.6 minutes in it against 10.7 in the full browser, both cores busy
// either way (measured 2026-12-03); the benchmarks keep the full browser (tools/bench).
// tests/run-all.sh builds the app and prepares the database before this runs.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // The retry is there to record a failure's trace, never to hide it: a test that passes only on
  // its retry fails the run (failOnFlakyTests).
  retries: 1,
  failOnFlakyTests: true,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    // A failed test runs once more, recording its trace (test-results/…/trace.zip: `npx playwright
    // show-trace`): every action with the page's DOM before and after it, the network, the console.
    // Recording every test costs time: the shell and request specs took 1.7 minutes without, 1.8
    // with DOM snapshots only, 2.4 with the screencast too (2026-12-03).
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // A phone: the service is built mobile first.
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" } },
    // Every public journey must also work with JavaScript off (tests tagged @nojs).
    { name: "no-js", grep: /@nojs/, use: { ...devices["Desktop Chrome"], javaScriptEnabled: false } },
  ],
  webServer: {
    // The production server (app/cli/serve.ts), as `npm start` runs it.
    command: "node --conditions=react-server --import tsx app/cli/serve.ts",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      // One address sends everything; the anti-bot minimum is 1 s from a journey's first page
      // (every journey here takes longer: the quick-submit test relies on it, no sleeps needed).
      REQUEST_MIN_FILL_SECONDS: process.env.REQUEST_MIN_FILL_SECONDS ?? "1",
      DRAFTS_PER_HOUR: process.env.DRAFTS_PER_HOUR ?? "100000",
      UPLOADS_PER_HOUR: process.env.UPLOADS_PER_HOUR ?? "100000",
      UPLOAD_MB_PER_DAY: process.env.UPLOAD_MB_PER_DAY ?? "100000",
      // Every staff journey signs in from 127.0.0.1 (the per-address limit is tested in integration).
      SIGN_INS_PER_ADDRESS: process.env.SIGN_INS_PER_ADDRESS ?? "100000",
    },
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
