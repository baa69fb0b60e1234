// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/i18n/request.ts");
const isDev = process.env.NODE_ENV === "development";

// The static policy of prerendered pages (and every other response): the same HTML for
// everyone cannot carry a nonce, and the App Router bootstraps with inline scripts, hence
// 'unsafe-inline' for scripts; every other directive is shared with the nonce policy that
// proxy.ts gives pages rendered per request (app/lib/content-security-policy.ts), which
// replaces this one there.
const directives = require("./app/lib/content-security-policy.json");
const contentSecurityPolicy = [
  ...Object.entries(directives).map(([name, value]) => `${name} ${value}`),
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
].join("; ");

/** A downloaded file may not run anything, even if a browser were to render it: no sources, sandboxed. */
const ATTACHMENT_POLICY = "default-src 'none'; sandbox";

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a test run never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Our server compresses (app/cli/serve.ts): with Brotli as well as gzip, which Next's own does not.
  compress: false,
  // Every visitor gets the <title> and metadata in the <head> before the page, as a screen
  // reader and a browser without JavaScript need, rather than streamed in after it.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // No image optimisation endpoint: the app ships no raster images that need it, and
  // /_next/image has carried remote-code-execution advisories (GHSA-2xp9-vwfh-vxw4).
  images: { unoptimized: true },
  // Unknown URLs get a real, server-rendered 404 in the visitor's language (app/global-not-found.tsx);
  // notFound() inside a dynamic route renders its page only with JavaScript (vercel/next.js#62228).
  experimental: {
    // The one small stylesheet (about 4 KB compressed) comes inside the HTML: no second request
    // before the first paint, which on a slow phone network is the longest wait of a first visit.
    // Lighthouse with applied slow-4G throttling: the tracking page's LCP 1.44 s with the
    // stylesheet linked, 0.86 s inlined (2026-12-03, tools/bench). Each page carries it again
    // instead of a cached file: about 4 KB a page.
    inlineCss: true,
    globalNotFound: true,
    // Our server (app/cli/serve.ts, app/lib/body-limit.ts) limits form posts to 6 MB as they are
    // read, chunked included, and answers with the form's own error; Next's limit, above it, never
    // decides (it would answer 500 after buffering the whole body).
    serverActions: { bodySizeLimit: "7mb" },
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "nodemailer"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Each font's name carries its content's hash (tools/fonts/subset-urdu.sh): a changed file is
      // a new address, so a browser may keep this one for a year without asking again.
      {
        source: "/fonts/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      // An applicant's file, downloaded by staff: its own, stricter policy. Of two rules that set
      // the same header, Next sends the later one; without this rule the site-wide policy above
      // replaced the one the route sets. Nothing else changes for any other page.
      {
        source: "/staff/requests/:id/attachments/:attachmentId",
        headers: [{ key: "Content-Security-Policy", value: ATTACHMENT_POLICY }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
