// The frame of every page: language, direction, navigation, switcher, 404, headers, accessibility.
import { expect, test } from "@playwright/test";
import zlib from "node:zlib";
import { URDU_FONT } from "../../app/ui/urdu-font";
import { expectNoAxeViolations, LOCALES } from "./helpers";
import { raw } from "./raw-http";

const PAGES = [
  "",
  "/visas",
  "/check",
  "/services",
  "/request",
  "/track",
  "/track/new-code",
  "/contacts",
  "/accessibility",
  "/privacy",
  "/to-be-confirmed",
];
const SERVICE_PAGES = [
  "consular-registration",
  "legalization",
  "certificate-of-return",
  "invitation",
  "death-abroad",
  "study-in-belarus",
];

for (const locale of LOCALES) {
  for (const path of PAGES) {
    test(`${locale}${path || "/"} renders in its language, accessibly @nojs`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

for (const locale of LOCALES) {
  test(`every consular service page in ${locale} is accessible and leads to a request`, async ({ page }) => {
    for (const slug of SERVICE_PAGES) {
      const response = await page.goto(`/${locale}/services/${slug}`);
      expect(response?.status(), slug).toBe(200);
      await expect(page.locator(`a[href^="/${locale}/request/"]`)).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
}

test("a visitor without a language in the URL is sent to one", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
});

test("with JavaScript, the language switcher also keeps the answers in the address", async ({ page }) => {
  await page.goto("/en/check/passport?destination=BY&nationality=PK");
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "اردو" })).toHaveAttribute(
    "href",
    "/ur/check/passport?destination=BY&nationality=PK",
  );
});

test("the language switcher keeps the current page @nojs", async ({ page }) => {
  await page.goto("/en");
  // The home page in another language is "/ur", never "/ur/".
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "اردو" })).toHaveAttribute(
    "href",
    "/ur",
  );
  await page.goto("/en/privacy");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "اردو" }).click();
  await expect(page).toHaveURL(/\/ur\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("رازداری کا نوٹس");
});

test("the skip link is the first thing the keyboard reaches and moves to the content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the header links to every section of the service; on a phone, behind its Menu @nojs", async ({ page }) => {
  await page.goto("/en");
  const menu = page.locator("summary", { hasText: "Menu" });
  if (await menu.isVisible()) await menu.click(); // a <details>: it opens without JavaScript
  const nav = page.getByRole("navigation", { name: "Main sections" });
  for (const name of [
    "Visa rules",
    "Do I need a visa?",
    "Consular services",
    "Make a request",
    "Track a request",
    "Contacts",
  ]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
});

for (const locale of LOCALES) {
  test(`an unknown page says "not found" in ${locale} @nojs`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
  });
}

test("the stylesheet comes inside the page; Urdu is drawn in Noto Naskh Arabic, the installed face where there is one, and its file is preloaded where there is none; English pages never fetch it", async ({
  browser,
}) => {
  // Android sends its platform with every request (Sec-CH-UA-Platform); this machine, like a phone,
  // has the face installed (fonts-noto-core).
  for (const platform of ['"Android"', '"Windows"']) {
    const context = await browser.newContext({ extraHTTPHeaders: { "sec-ch-ua-platform": platform } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
    });
    const english = await page.goto("/en");
    await page.waitForLoadState("networkidle");
    expect(fonts).toEqual([]);
    expect(english!.headers()["link"] ?? "").not.toContain("rel=preload");
    // No second request before the first paint: the styles are in the HTML (next.config.js inlineCss).
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);

    // Prerendered and rendered per request alike, the answer names the file before any HTML where
    // the platform lacks the face, and varies with the platform for nginx's cache.
    for (const path of ["/ur", "/ur/track"]) {
      fonts.length = 0;
      const urdu = await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(urdu!.headers()["vary"]).toContain("Sec-CH-UA-Platform");
      const preload = `<${URDU_FONT}>; rel=preload; as=font; type="font/woff2"; crossorigin`;
      if (platform === '"Android"') {
        expect(urdu!.headers()["link"] ?? "").not.toContain("rel=preload");
        expect(fonts).toEqual([]);
      } else {
        expect(urdu!.headers()["link"]).toContain(preload);
        expect(fonts.slice(0, 1)).toEqual([URDU_FONT]);
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument");
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "h1" });
      const { fonts: drawnWith } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      expect(drawnWith.toSorted((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName).toBe("Noto Naskh Arabic");
    }
    await context.close();
  }
});

test("a device without the face gets the one subset file, kept for a year: its name changes with its content @nojs", async ({
  page,
}) => {
  await page.goto("/ur");
  const sources = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map((rule) => rule.style.getPropertyValue("src")),
  );
  expect(sources).toEqual([
    `local("Noto Naskh Arabic"), local("NotoNaskhArabic-Regular"), url("${URDU_FONT}") format("woff2")`,
  ]);
  const file = await page.request.get(URDU_FONT);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("font/woff2");
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

for (const locale of ["en", "ur"]) {
  test(`on a 390 px phone the header is compact and the question is in view without scrolling (${locale}) @nojs`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/request/invitation`);
    await page.locator("form button[type=submit]").first().click();
    await page.waitForURL(/\/invitation\/relative$/);
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(140);
    const field = (await page.locator("#relativeName").boundingBox())!;
    expect(field.y + field.height).toBeLessThan(844);
    // The sections wait behind the Menu: neither list of them is displayed until it is opened.
    await expect(page.locator(".site-menu .site-nav")).toBeHidden();
    await expect(page.locator(".site-nav-wide")).toBeHidden();
  });
}

test("the footer says whose service it is, and shows the address and telephone from the settings, in demo mode demo values that say so @nojs", async ({
  page,
}) => {
  await page.goto("/en/accessibility");
  const footer = page.locator("footer");
  await expect(
    footer.getByRole("heading", {
      name: "Official service of the Embassy of the Republic of Belarus in the Islamic Republic of Pakistan",
    }),
  ).toBeVisible();
  // The fact base has neither: they stay empty until the Embassy enters them (admin → Settings);
  // the tests run in demo mode, which fills them with values that cannot be mistaken for real ones.
  await expect(footer.locator("address")).toContainText("DEMO ADDRESS – not the Embassy's address");
  await expect(footer).toContainText("(DEMO – not a real number)");
  await footer.getByRole("link", { name: "What “To be confirmed” means" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What “To be confirmed by the Embassy” means");
});

test("every verification badge links to what it means @nojs", async ({ page }) => {
  for (const path of ["/ru/visas", "/ru/services/legalization"]) {
    await page.goto(path);
    const badges = page.locator("main .tag"); // (the demo banner's label is not a badge)
    expect(await badges.count(), path).toBeGreaterThan(0);
    for (const badge of await badges.all()) await expect(badge).toHaveAttribute("href", "/ru/to-be-confirmed");
  }
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/en", "/ur/contacts", "/api/health", "/en/no-such-page"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("public information pages are prerendered, and cacheable: they set no cookie", async ({ request }) => {
  for (const locale of LOCALES) {
    const response = await request.get(`/${locale}/accessibility`);
    expect(response.headers()["x-nextjs-prerender"]).toMatch(/^1/);
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
});

test("pages come compressed with Brotli where the browser takes it, gzip otherwise; the bytes are the page", async () => {
  const get = async (path: string, acceptEncoding: string) => {
    const response = await raw(`${test.info().project.use.baseURL!}${path}`, {
      headers: { "accept-encoding": acceptEncoding },
    });
    return { encoding: response.headers["content-encoding"], vary: response.headers.vary, body: response.bytes };
  };
  // A prerendered page, and one rendered per request (the tracking page streams its look-up form).
  for (const path of ["/ur/visas", "/ru/track"]) {
    const [br, gzip, plain] = await Promise.all([
      get(path, "gzip, deflate, br, zstd"),
      get(path, "gzip, deflate"),
      get(path, "identity"),
    ]);
    expect([br.encoding, gzip.encoding, plain.encoding], path).toEqual(["br", "gzip", undefined]);
    expect(br.vary, path).toContain("Accept-Encoding");
    const [decodedBr, decodedGzip, html] = [zlib.brotliDecompressSync(br.body), zlib.gunzipSync(gzip.body), plain.body];
    if (path === "/ur/visas") {
      // Prerendered: the very same bytes each way.
      expect(decodedBr.equals(html), path).toBe(true);
      expect(decodedGzip.equals(html), path).toBe(true);
    } else {
      // Rendered per request (its own nonce each time): whole documents, to the streamed end.
      for (const page of [decodedBr, decodedGzip]) {
        expect(page.toString("utf8"), path).toMatch(/^<!DOCTYPE html>.*<h1>Статус обращения<\/h1>.*<\/html>$/s);
      }
    }
    expect(br.body.length, path).toBeLessThan(gzip.body.length);
  }
});

test("a malformed address is refused with 400, not a server error", async ({ request }) => {
  const page = await request.get("/en/%D8%A");
  expect(page.status()).toBe(400);
  const api = await request.get("/api/v1/requests/%D8%A");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: "invalid_address" });
});

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});

test("robots.txt keeps search engines out of the staff workspace and the API, and names the sitemap", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/staff/);
  expect(robots).toMatch(/Disallow: \/api/);
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test("the sitemap lists every public page in every language, with its alternates, and no checker answers", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const locale of LOCALES) {
    expect(xml).toContain(`/${locale}/visas</loc>`);
    expect(xml).toContain(`hreflang="${locale}"`);
  }
  expect(xml).toContain("/en/services/consular-registration</loc>");
  expect(xml).not.toContain("/check/result");
  expect(xml).not.toContain("/staff");
});
