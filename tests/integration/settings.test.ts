import { afterEach, describe, expect, it } from "vitest";
import { db } from "../../app/lib/db/client";
import { readSettings } from "../../app/lib/settings/read-settings";

afterEach(() => db.setting.deleteMany());

describe("readSettings", () => {
  it("gives the defaults, marked to be confirmed, on an empty database", async () => {
    const settings = await readSettings();
    expect(settings["fee.visa.standard"]).toEqual({ value: 60, status: "to_be_confirmed", reviewedAt: null });
  });

  it("gives what the Embassy stored, with its status and review date", async () => {
    const reviewedAt = new Date("2026-11-01T00:00:00Z");
    await db.setting.create({ data: { key: "fee.legalization", value: "55", status: "confirmed", reviewedAt } });
    expect((await readSettings())["fee.legalization"]).toEqual({ value: 55, status: "confirmed", reviewedAt });
  });

  it("ignores rows for keys it does not know", async () => {
    await db.setting.create({ data: { key: "obsolete.key", value: "1" } });
    await expect(readSettings()).resolves.not.toHaveProperty("obsolete.key");
  });
});
