// End-to-end tests against the production build (`next build && next start`), in
// Debian's Chromium (Playwright's own browser download cannot happen here).
// tests/run-all.sh builds the app and prepares the database before this runs.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    // A failed test leaves its trace (test-results/…/trace.zip: `npx playwright show-trace`).
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
