// `npm audit` cannot reach an advisory database here, so the floors from the 2025–26
// React Server Components advisories are checked against what is actually installed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FLOORS: Record<string, string> = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" };

function compare(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split("-")[0]!.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (pa![i] !== pb![i]) return pa![i]! - pb![i]!;
  return 0;
}

const installed = (name: string): string =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")).version;

describe("security floors", () => {
  it("compares versions numerically", () => {
    expect(compare("16.10.0", "16.4.6")).toBeGreaterThan(0);
    expect(compare("16.4.5", "16.4.6")).toBeLessThan(0);
    expect(compare("19.3.1", "19.3.1")).toBe(0);
  });

  it.each(Object.entries(FLOORS))("installed %s is at least %s", (name, floor) => {
    expect(compare(installed(name), floor), `${name} ${installed(name)}`).toBeGreaterThanOrEqual(0);
  });

  it.each(Object.entries(FLOORS))("package.json pins %s at or above %s", (name, floor) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8"));
    const declared = String(pkg.dependencies[name]).replace(/^[\^~>=]+/, "");
    expect(compare(declared, floor)).toBeGreaterThanOrEqual(0);
  });
});
