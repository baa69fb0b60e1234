// GET /api/v1/rules against the real database: the rules in force on a date, with the Embassy's
// settings applied, in the shape the OpenAPI document gives.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/rules/route";
import { openApiDocument } from "../../app/lib/api/openapi";
import { db } from "../../app/lib/db/client";
import { embassyDay } from "../../app/lib/embassy-time";
import { RulesResponseSchema, type RulesResponse } from "../../app/lib/rules/rules-response";

afterEach(() => db.setting.deleteMany());

async function rulesOn(query: string): Promise<{ status: number; body: unknown }> {
  const response = await GET(new NextRequest(`http://localhost/api/v1/rules${query}`));
  return { status: response.status, body: await response.json() };
}

const parsed = (body: unknown): RulesResponse => RulesResponseSchema.parse(body);

describe("GET /api/v1/rules", () => {
  it("gives the rules in force on the date, each with its conditions as data, validity, sources, verification and version", async () => {
    const { status, body } = await rulesOn("?date=2026-12-10");
    expect(status).toBe(200);
    const response = parsed(body);
    expect(response.date).toBe("2026-12-10");
    expect(response.rules.map((r) => r.id)).toEqual([
      "by_not_covered",
      "by_citizen",
      "by_certificate_of_return",
      "by_official_passport",
      "by_visa_free_airport",
      "by_e_visa",
      "by_visa_required",
      "pk_not_covered",
      "pk_citizen",
      "pk_official_passport",
      "pk_business_on_arrival",
      "pk_business_5_years",
      "pk_online_visa",
    ]);
    const visaFree = response.rules.find((r) => r.id === "by_visa_free_airport")!;
    expect(visaFree).toMatchObject({
      destination: "BY",
      outcome: "visa_free_airport_30_days",
      validFrom: "2021-10-17",
      validTo: null,
      version: { rules: 1, parameters: 1 },
    });
    expect(visaFree.conditions).toContainEqual({
      id: "visa_free_days_in_year",
      field: "visaFreeDaysThisYear",
      operator: "sum_lte",
      plus: ["stayDays"],
      value: 90,
    });
    expect(visaFree.conditions).toContainEqual({
      id: "arrival_by_air",
      field: "entryPoint",
      operator: "in",
      value: ["minsk-airport", "regional-airport"],
    });
    expect(visaFree.sources.some((s) => s.background)).toBe(true);
    expect(visaFree.verification).toEqual({ status: "to_be_confirmed", checkedOn: null });
  });

  it("leaves out the rules not yet in force on the date: the day before the visa-free route and the official-passport agreement", async () => {
    const before = parsed((await rulesOn("?date=2021-10-16")).body).rules.map((r) => r.id);
    expect(before).not.toContain("by_visa_free_airport");
    expect(before).not.toContain("by_official_passport");
    expect(parsed((await rulesOn("?date=2021-10-17")).body).rules.map((r) => r.id)).toContain("by_visa_free_airport");
    expect(parsed((await rulesOn("?date=2023-12-01")).body).rules.map((r) => r.id)).toContain("pk_official_passport");
  });

  it("gives the e-visa from 20 March 2025, with its list of states (Pakistan not on it until staff add it)", async () => {
    expect(parsed((await rulesOn("?date=2025-03-19")).body).rules.map((r) => r.id)).not.toContain("by_e_visa");
    const eVisa = parsed((await rulesOn("?date=2025-03-20")).body).rules.find((r) => r.id === "by_e_visa")!;
    expect(eVisa).toMatchObject({ destination: "BY", outcome: "e_visa", validFrom: "2025-03-20" });
    expect(eVisa.conditions).toContainEqual({
      id: "e_visa_state",
      field: "nationality",
      operator: "in",
      value: [],
      scope: true,
    });
  });

  it("applies the Embassy's settings: a known stay limit, Minsk only, a rule confirmed", async () => {
    await db.setting.createMany({
      data: [
        { key: "officialPassport.maxStay", value: JSON.stringify("90_in_180") },
        { key: "visaFree.regionalAirports", value: JSON.stringify("not_allowed") },
        {
          key: "rule.by_visa_required",
          value: "null",
          status: "confirmed",
          reviewedAt: new Date("2026-11-30T06:00:00Z"),
        },
      ],
    });
    const { rules } = parsed((await rulesOn("?date=2026-12-10")).body);
    expect(rules.find((r) => r.id === "by_official_passport")!.conditions).toContainEqual({
      id: "stay_at_most",
      field: "stayDays",
      operator: "lte",
      value: 90,
    });
    expect(rules.find((r) => r.id === "by_visa_free_airport")!.conditions).toContainEqual({
      id: "arrival_by_air",
      field: "entryPoint",
      operator: "in",
      value: ["minsk-airport"],
    });
    expect(rules.find((r) => r.id === "by_visa_required")!.verification).toEqual({
      status: "confirmed",
      checkedOn: "2026-11-30",
    });
  });

  it("is for today in Islamabad when no date is given", async () => {
    expect(parsed((await rulesOn("")).body).date).toBe(embassyDay());
  });

  it("names a bad date", async () => {
    for (const date of ["2026-02-30", "tomorrow", "1999-12-31"]) {
      const { status, body } = await rulesOn(`?date=${date}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: "invalid_parameters", errors: [{ param: "date", code: "invalid_value" }] });
    }
  });

  it("is documented in the OpenAPI document with its response schema", () => {
    const operation = openApiDocument().paths["/api/v1/rules"].get;
    expect(operation.parameters.map((p) => p.name)).toEqual(["date"]);
    const schema = operation.responses["200"].content["application/json"].schema as {
      properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties.rules!.items!.properties)).toEqual(
      expect.arrayContaining([
        "id",
        "destination",
        "outcome",
        "conditions",
        "validFrom",
        "validTo",
        "sources",
        "verification",
        "version",
      ]),
    );
  });
});
