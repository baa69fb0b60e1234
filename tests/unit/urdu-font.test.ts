// The Urdu font is cut down to the characters Urdu is written with (tools/fonts/subset-urdu.sh):
// the stylesheet announces exactly what the file holds, and every Urdu message is drawn with it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import ur from "../../app/i18n/messages/ur.json";
import { URDU_FONT, URDU_FONT_PRELOAD, isUrduPage, preloadsUrduFont } from "../../app/ui/urdu-font";

const css = fs.readFileSync("app/globals.css", "utf8");
const script = fs.readFileSync("tools/fonts/subset-urdu.sh", "utf8");

const ranges = (list: string) =>
  list.split(",").map((part) => {
    const [from = "", to = from] = part.trim().replace(/^U\+/, "").split("-");
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
const cssRanges = ranges(/^\s+unicode-range:([^;]+);/m.exec(css)![1]!.replace(/\s+/g, ""));
const covered = (codePoint: number) => cssRanges.some(([from, to]) => codePoint >= from && codePoint <= to);

describe("the Urdu font", () => {
  it("the stylesheet's unicode-range is the subset script's list", () => {
    expect(cssRanges).toEqual(ranges(/UNICODES="([^"]+)"/.exec(script)![1]!));
  });

  it("covers every Arabic-script character of the Urdu messages", () => {
    const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
    const missing = [...new Set(JSON.stringify(ur))].filter((c) => arabicScript.test(c) && !covered(c.codePointAt(0)!));
    expect(missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
  });

  it("is the committed subset, with its licence beside it", () => {
    // 12 KB: a phone without the installed face fetches it with its first Urdu page (issue 14).
    expect(fs.statSync(`public${URDU_FONT}`).size).toBeLessThan(13_000);
    expect(fs.readFileSync("public/fonts/OFL.txt", "utf8")).toContain("SIL Open Font License");
    expect(fs.readdirSync("public/fonts").filter((name) => name.endsWith(".woff2"))).toEqual([
      URDU_FONT.replace("/fonts/", ""),
    ]);
  });

  it("is named after its content, the address the stylesheet and the preload both give", () => {
    // A year in the browser's cache (next.config.js) is safe only if a changed file is a new address.
    const hash = createHash("sha256")
      .update(fs.readFileSync(`public${URDU_FONT}`))
      .digest("hex");
    expect(URDU_FONT).toBe(`/fonts/noto-naskh-arabic-urdu-400.${hash.slice(0, 10)}.woff2`);
    expect([...css.matchAll(/src:([^;]+);/g)].map((m) => m[1]!.replace(/\s+/g, " ").trim())).toEqual([
      `local("Noto Naskh Arabic"), local("NotoNaskhArabic-Regular"), url("${URDU_FONT}") format("woff2")`,
    ]);
    expect(URDU_FONT_PRELOAD).toBe(`<${URDU_FONT}>; rel=preload; as=font; type="font/woff2"; crossorigin`);
  });

  it("is preloaded where the device lacks the face: not on Android or ChromeOS, which have it installed", () => {
    expect(['"Android"', "Android", '"Chrome OS"'].some(preloadsUrduFont)).toBe(false);
    expect(['"iOS"', '"macOS"', '"Windows"', '"Linux"', '"Unknown"', "", null].every(preloadsUrduFont)).toBe(true);
  });

  it("is preloaded by the Urdu pages only", () => {
    expect(["/ur", "/ur/", "/ur/visas", "/ur/check/result"].every(isUrduPage)).toBe(true);
    expect(["/", "/en", "/en/visas", "/ru/track", "/be", "/urdu", "/staff", "/en/ur"].some(isUrduPage)).toBe(false);
  });
});
