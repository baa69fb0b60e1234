// The Urdu font is cut down to the characters Urdu is written with (tools/fonts/subset-urdu.sh):
// the stylesheet announces exactly what the file holds, and every Urdu message is drawn with it.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import ur from "../../app/i18n/messages/ur.json";

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
    // 12 KB: a phone without the installed face fetches it on its first Urdu page (issue 14).
    expect(fs.statSync("app/fonts/noto-naskh-arabic-urdu-400.woff2").size).toBeLessThan(13_000);
    expect(fs.readFileSync("app/fonts/OFL.txt", "utf8")).toContain("SIL Open Font License");
  });
});
