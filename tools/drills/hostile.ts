/**
 * Hostile input for the drills: hand-written payloads that have broken real services, and
 * generated ones from a seeded generator (the same run every time).
 */
export const HOSTILE_STRINGS: string[] = [
  "",
  " ",
  "'",
  '"',
  "' OR '1'='1",
  '\'; DROP TABLE "Request"; --',
  "1; SELECT pg_sleep(5)--",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '"><svg/onload=alert(1)>',
  "{{7*7}}",
  "${7*7}",
  "#{7*7}",
  "%s%s%s%n",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "\u0000",
  "abc\u0000def",
  "line\r\nSet-Cookie: x=1",
  "\r\n\r\n",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "😀👨‍👩‍👧‍👦🇧🇾🇵🇰",
  "Z̸̢̛̖̗͎a̶͓̅l̷͇̈g̵̣̈́o̶̝͝",
  "Аyesha Khаn", // Cyrillic "А" and "а" inside a Latin name
  "ﷺ",
  "ا".repeat(5000),
  "A".repeat(10_001),
  "B".repeat(100_000),
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "9999999999999999999999",
  "0000-00-00",
  "2026-02-30",
  "9999-12-31",
  "1900-01-01",
  "2026-13-01",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "=CMD|' /C calc'!A0",
  "+92 300 1234567\u0000",
  "a@b",
  "a@example.com\r\nBcc: victim@example.com",
  "BP-0000-0000",
  "bp 7k3m 9qxt",
  "AB1234567' --",
  "%00",
  "%0d%0a",
  "%2e%2e%2f",
  "\\",
  "`",
];

/** JSON values that are not strings, for fields that expect one. */
export const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  true,
  false,
  [],
  ["a"],
  {},
  { $gt: "" },
  { __proto__: { admin: true } },
  "x".repeat(70_000),
];

/** A seeded generator (mulberry32): the drills send the same "random" strings every run. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const RANGES = [
    [0x20, 0x7e],
    [0x00, 0x1f],
    [0x400, 0x4ff],
    [0x600, 0x6ff],
    [0x2000, 0x206f],
    [0xd800, 0xdfff],
    [0x1f600, 0x1f64f],
  ] as const;
  return {
    string(): string {
      const length = Math.floor(next() ** 3 * 400);
      let text = "";
      for (let i = 0; i < length; i++) {
        const [from, to] = RANGES[Math.floor(next() * RANGES.length)]!;
        text += String.fromCodePoint(from + Math.floor(next() * (to - from + 1)));
      }
      return text;
    },
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
  };
}
