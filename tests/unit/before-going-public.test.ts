import { describe, expect, it } from "vitest";
import {
  DEMO_CONTACTS,
  goingPublicChecklist,
  REQUIRED_BEFORE_PUBLIC,
} from "../../app/lib/settings/before-going-public";
import { defaultSettings, SETTING_KEYS } from "../../app/lib/settings/definitions";

describe("before going public", () => {
  it("on a new install lists every contact setting as empty and every value as to be confirmed", () => {
    const { empty, toConfirm } = goingPublicChecklist(defaultSettings());
    expect(empty).toEqual([...REQUIRED_BEFORE_PUBLIC]);
    expect(toConfirm).toEqual(SETTING_KEYS);
  });

  it("counts demo values as empty, and drops what the Embassy has entered or confirmed", () => {
    const settings = defaultSettings();
    Object.assign(settings["embassy.address"], { value: DEMO_CONTACTS["embassy.address"] });
    Object.assign(settings["embassy.phone"], { value: "+92 51 1234567", status: "confirmed" });
    const { empty, toConfirm } = goingPublicChecklist(settings);
    expect(empty).toEqual(["embassy.address", "embassy.emergencyPhone", "embassy.email", "embassy.hours"]);
    expect(toConfirm).not.toContain("embassy.phone");
  });

  it("demo values say they are demo data", () => {
    for (const value of Object.values(DEMO_CONTACTS)) expect(value).toMatch(/demo/i);
  });
});
