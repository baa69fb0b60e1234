/**
 * The one file Urdu pages are set in where the device lacks the face (app/globals.css's
 * @font-face; tools/fonts/subset-urdu.sh makes it and writes its address here and there). Its
 * name carries its hash: browsers keep it for a year (next.config.js).
 */
export const URDU_FONT = "/fonts/noto-naskh-arabic-urdu-400.a29655ece8.woff2";

/**
 * An Urdu page announces the file in its response headers (proxy.ts), so the browser fetches it
 * alongside the HTML rather than after laying the page out (with font-display: optional, a file
 * found late misses the first page, which then stays in the system's face), but only where it
 * will be used. Android and ChromeOS have Noto Naskh Arabic installed and draw it from the device
 * (local()): there a preload would fetch 12 KB that is never used, on the first paint's path
 * (measured on /ur/visas in Lighthouse's phone emulation: LCP about 50 ms later, 1005 against
 * 955 ms, median of 5 runs, 2026-12-05). The platform is the
 * Sec-CH-UA-Platform client hint Chromium browsers send with every request; one that sends none
 * (Safari, Firefox) is treated as lacking the face.
 */
export const URDU_FONT_PRELOAD = `<${URDU_FONT}>; rel=preload; as=font; type="font/woff2"; crossorigin`;
const HAS_THE_FACE = new Set(["Android", "Chrome OS"]);
export const preloadsUrduFont = (platformHint: string | null) =>
  !HAS_THE_FACE.has((platformHint ?? "").trim().replace(/^"(.*)"$/, "$1"));

/** The pages written in Urdu: /ur and everything under it. */
export const isUrduPage = (pathname: string) => pathname === "/ur" || pathname.startsWith("/ur/");
