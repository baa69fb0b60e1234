import { describe, expect, it } from "vitest";
import {
  defaultSettings,
  parseStoredValue,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
} from "../../app/lib/settings/definitions";

describe("setting definitions", () => {
  it.each(SETTING_KEYS)("the default of %s fits its own schema", (key) => {
    expect(SETTING_DEFINITIONS[key].schema.safeParse(SETTING_DEFINITIONS[key].default).success).toBe(true);
  });

  it("every default starts as to be confirmed", () => {
    expect(Object.values(defaultSettings()).every((entry) => entry.status === "to_be_confirmed")).toBe(true);
  });

  it("reads a stored value that fits", () => {
    expect(parseStoredValue("fee.visa.standard", "75")).toBe(75);
    expect(parseStoredValue("legalization.route", '"apostille_applies"')).toBe("apostille_applies");
  });

  it.each([
    ["fee.visa.standard", '"sixty"'],
    ["fee.visa.standard", "-5"],
    ["legalization.route", '"maybe"'],
    ["retention.days", "not json"],
  ] as const)("falls back to the default when %s holds %s", (key, stored) => {
    expect(parseStoredValue(key, stored)).toBe(SETTING_DEFINITIONS[key].default);
  });
});
