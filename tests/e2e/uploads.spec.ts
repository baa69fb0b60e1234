// Nobody loses their work (issue 14): large files, Continue with a chosen file, a quick
// submit, a shared computer; and the limits of the real server process (issue 11).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { ANSWERS, CONTACT, answerAll, fillDate, fillPage, moveOn, send, start } from "./request-helpers";
import { signIn } from "./staff-helpers";

const PDF = (name: string, size = 0) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size, 0x20), Buffer.from("\n%%EOF\n")]),
});

/** A legalization request in Russian, up to its attachments page. */
async function toAttachmentsInRussian(page: Page) {
  await page.goto("/ru/request/legalization");
  await start(page, "Начать");
  await fillPage(page, ANSWERS.legalization!);
  await moveOn(page, () => page.getByRole("button", { name: "Сохранить и продолжить" }).click());
  await fillPage(page, { fill: CONTACT });
  await moveOn(page, () => page.getByRole("button", { name: "Сохранить и продолжить" }).click());
  await expect(page).toHaveURL(/\/attachments$/);
}

test("a 7 MB file gets the form's own error in Russian, and every earlier answer is kept @nojs", async ({ page }) => {
  await toAttachmentsInRussian(page);
  await page.locator("#file").setInputFiles(PDF("scan.pdf", 7 * 1024 * 1024));
  const js = test.info().project.use.javaScriptEnabled !== false;
  if (!js) await moveOn(page, () => page.getByRole("button", { name: "Приложить файл" }).click());
  // Without JavaScript the server answers (303 back to the page); with it, the browser refuses before sending.
  await expect(page.getByText("Файл должен быть меньше 5 МБ").first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expectNoAxeViolations(page);
  if (js) await expect(page.locator("#file")).toHaveValue("");
  await page.goto("/ru/request/legalization/check");
  await expect(page.getByText("Union Council Lahore")).toBeVisible();
  await expect(page.getByText("Anna Khan")).toBeVisible();
});

test("a file between 5 and 6 MB is refused by the form itself, in Russian @nojs", async ({ page }) => {
  await toAttachmentsInRussian(page);
  // With JavaScript the browser already refuses it; sent anyway (no JavaScript), the action does.
  test.skip(test.info().project.use.javaScriptEnabled !== false, "the browser check refuses it first");
  await page.locator("#file").setInputFiles(PDF("scan.pdf", 5.5 * 1024 * 1024));
  await moveOn(page, () => page.getByRole("button", { name: "Приложить файл" }).click());
  await expect(page.getByRole("alert").getByRole("link", { name: "Файл должен быть меньше 5 МБ" })).toHaveAttribute(
    "href",
    "#file",
  );
});

test(
  "Continue keeps the chosen file; check-your-answers always has a Files row @nojs",
  { tag: "@postgres" },
  async ({ page }) => {
    await page.goto("/en/request/legalization");
    await start(page, "Start now");
    await answerAll(page, "legalization"); // presses Continue with no file
    const files = page.locator("#check-files ~ dl, section[aria-labelledby=check-files]");
    await expect(files.getByText("None")).toBeVisible();
    await moveOn(page, () => files.getByRole("link", { name: "Add a file" }).click());
    await page.locator("#file").setInputFiles(PDF("nikah.pdf"));
    await moveOn(page, () => page.getByRole("button", { name: "Continue", exact: true }).click());
    await expect(page).toHaveURL(/\/check$/);
    await expect(files.getByText("nikah.pdf")).toBeVisible();
    await expectNoAxeViolations(page);
  },
);

test("a quick person is not a bot: sending at once after check-your-answers loads stores the request @nojs", async ({
  page,
}) => {
  await page.goto("/en/request/general_inquiry");
  await start(page, "Start now");
  await answerAll(page, "general_inquiry");
  await send(page); // no wait at all on this page
  await expect(page.locator(".reference").first()).toHaveText(/^BP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
});

test("a bot that fills the honeypot gets the same page as a person, and nothing is stored @nojs", async ({
  page,
  browser,
}) => {
  const name = `Honey Pot ${test.info().project.name === "phone" ? "Phone" : "Desk"}`;
  await page.goto("/en/request/general_inquiry");
  await start(page, "Start now");
  await page.locator("#subject").fill("Offer");
  await page.locator("#message").fill("Cheap flights");
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await page.locator("#fullName").fill(name);
  await page.locator("#phone").fill("0300 1234567");
  await moveOn(page, () => page.getByRole("button", { name: "Save and continue" }).click());
  await page.locator("#organisation").fill("ACME", { force: true }); // off screen: only a bot fills it
  await send(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request sent");
  await expect(page.locator(".reference")).toHaveCount(0);
  const context = await browser.newContext();
  const officer = await context.newPage();
  await signIn(officer);
  await officer.goto(`/staff/requests?q=${encodeURIComponent(name)}`);
  await expect(officer.getByRole("link", { name: /^BP-/ })).toHaveCount(0);
  await context.close();
});

test("at a shared computer, the next person finds nothing of the previous applicant's @nojs", async ({
  page,
  context,
}) => {
  await page.goto("/en/request/consular_registration");
  await start(page, "Start now");
  const draftCookie = (await context.cookies()).find((c) => c.name === "ch_draft");
  expect(draftCookie?.expires).toBe(-1); // a session cookie: gone when the browser closes
  await answerAll(page, "consular_registration");
  await send(page);
  await expect(page.locator(".reference").first()).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "ch_draft")).toBe(false);
  await page.reload(); // shown once
  await expect(page.locator(".reference")).toHaveCount(0);
  await page.goto("/en/request");
  expect((await context.cookies()).map((c) => c.name)).not.toEqual(expect.arrayContaining(["ch_sent"]));
  await page.goto("/en/request/consular_registration/registration");
  await expect(page).toHaveURL(/\/en\/request\/consular_registration\?expired=1$/);
  await expect(page.getByText("MP1234567")).toHaveCount(0);
});

test(
  "staff download a file under the extension of its type, as an attachment, with the route's own sandbox policy",
  { tag: "@postgres" },
  async ({ page, browser }) => {
    await page.goto("/en/request/legalization");
    await start(page, "Start now");
    await answerAll(page, "legalization");
    await moveOn(page, () => page.getByRole("link", { name: "Add a file" }).click());
    await page.locator("#file").setInputFiles({ ...PDF("x"), name: "report.html", mimeType: "text/html" });
    await moveOn(page, () => page.getByRole("button", { name: "Continue", exact: true }).click());
    await expect(page.locator("section[aria-labelledby=check-files]").getByText("report.pdf")).toBeVisible();
    await send(page);
    const reference = (await page.locator(".reference").first().textContent())!;

    const context = await browser.newContext();
    const officer = await context.newPage();
    await signIn(officer);
    await officer.goto(`/staff/requests?q=${encodeURIComponent(reference)}`);
    await officer.getByRole("link", { name: reference }).click();
    const href = (await officer.getByRole("link", { name: "report.pdf" }).first().getAttribute("href"))!;
    const download = await officer.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toBe("attachment; filename*=UTF-8''report.pdf");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
    // Other pages keep the site-wide policy.
    expect((await officer.request.get("/staff")).headers()["content-security-policy"]).toContain("default-src 'self'");
    await context.close();
  },
);

test("dates in three boxes take Urdu digits, and a missing part is that box's error, in Urdu @nojs", async ({
  page,
}) => {
  const urdu = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);
  await page.goto("/ur/request/consular_registration");
  await start(page, "ابھی شروع کریں");
  await page.locator("#registrationKind").check();
  await page.locator("#passportNumber").fill("MP1234567");
  await page.locator("#cityInPakistan").fill("لاہور");
  await expect(page.locator("#dateOfBirth-day")).toHaveAttribute("inputmode", "numeric");
  await page.locator("#dateOfBirth-day").fill(urdu("27"));
  await page.locator("#dateOfBirth-year").fill(urdu("1990"));
  await moveOn(page, () => page.getByRole("button", { name: "محفوظ کریں اور جاری رکھیں" }).click());
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "اپنی تاریخِ پیدائش مکمل درج کریں: مہینہ درج نہیں" })).toHaveAttribute(
    "href",
    "#dateOfBirth-month",
  );
  await expect(page.locator("#dateOfBirth-month")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#dateOfBirth-day")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#dateOfBirth-day")).toHaveValue(urdu("27")); // kept as typed
  await expectNoAxeViolations(page);
  await fillDate(page, "dateOfBirth", "1990-03-27", urdu);
  await moveOn(page, () => page.getByRole("button", { name: "محفوظ کریں اور جاری رکھیں" }).click());
  await expect(page).toHaveURL(/\/contact$/);
});

test.describe("body limits of the real server process", () => {
  const port = Number(process.env.E2E_PORT ?? 3210);

  /** The server process listening on the test port, for its memory. */
  function serverRssKiB(): number {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`]).toString();
    const pid = /pid=(\d+)/.exec(out)?.[1];
    if (!pid) throw new Error(`no process listens on ${port}: ${out}`);
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]);
  }

  /** Streams `total` bytes, chunked, and resolves with the answer and how much was sent before it. */
  function sendChunked(
    path: string,
    total: number,
    contentType: string,
  ): Promise<{ status: number | null; location?: string; body: string; sent: number }> {
    return new Promise((resolve) => {
      const req = http.request({
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked", Origin: `http://127.0.0.1:${port}` },
      });
      let sent = 0;
      let settled = false;
      const settle = (value: { status: number | null; location?: string; body: string }) => {
        if (settled) return;
        settled = true;
        req.destroy();
        resolve({ ...value, sent });
      };
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c) => (body += String(c)));
        res.on("end", () => settle({ status: res.statusCode ?? null, location: res.headers.location, body }));
      });
      req.on("error", () => setTimeout(() => settle({ status: null, body: "" }), 200));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (sent < total && !req.destroyed) {
          sent += chunk.byteLength;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        if (!req.destroyed) req.end();
      };
      pump();
    });
  }

  test("a 1 GB chunked body to the API is refused early with 413 JSON, and costs the server no memory", async () => {
    const before = serverRssKiB();
    const answer = await sendChunked("/api/v1/requests", 1024 ** 3, "application/json");
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: "payload_too_large" });
    expect(answer.sent).toBeLessThan(64 * 1024 * 1024);
    expect(serverRssKiB() - before).toBeLessThan(64 * 1024);
  });

  test("a 256 MB chunked body to a form's action is refused early with a 303 back to the form", async () => {
    const before = serverRssKiB();
    const answer = await sendChunked(
      "/ru/request/legalization/attachments",
      256 * 1024 ** 2,
      "multipart/form-data; boundary=----x",
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe("/ru/request/legalization/attachments?error=fileTooLarge");
    expect(answer.sent).toBeLessThan(64 * 1024 * 1024);
    expect(serverRssKiB() - before).toBeLessThan(64 * 1024);
  });
});
