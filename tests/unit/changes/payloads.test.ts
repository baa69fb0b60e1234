import { describe, expect, it } from "vitest";
import { defaultBlockText } from "../../../app/lib/changes/content-blocks";
import {
  changedFields,
  contentPayloadFromForm,
  contentPayloadSchema,
  isTarget,
  parsePayload,
  payloadSchema,
  proposalInput,
  sourcesAsText,
} from "../../../app/lib/changes/payloads";
import { ruleExtraFields, ruleParametersFromForm, rulesAffectedBy } from "../../../app/lib/changes/rule-kind";
import { defaultRuleParameters } from "../../../app/lib/rules/parameters";

const block = () => ({
  text: defaultBlockText("service.legalization.time"),
  sources: [],
  verification: { status: "to_be_confirmed", checkedOn: null },
});

describe("content block payloads", () => {
  it("every block's released text (today's messages, in all four languages) is a valid payload", () => {
    expect(contentPayloadSchema.safeParse(block()).success).toBe(true);
  });

  it("refuses a language left out or empty, an http: source, an impossible day", () => {
    const { ur: _ur, ...three } = block().text;
    expect(contentPayloadSchema.safeParse({ ...block(), text: three }).success).toBe(false);
    expect(contentPayloadSchema.safeParse({ ...block(), text: { ...block().text, ru: "   " } }).success).toBe(false);
    expect(
      contentPayloadSchema.safeParse({
        ...block(),
        sources: [{ title: "MFA", url: "http://mfa.gov.by", date: "current" }],
      }).success,
    ).toBe(false);
    expect(
      contentPayloadSchema.safeParse({ ...block(), verification: { status: "confirmed", checkedOn: "2026-02-30" } })
        .success,
    ).toBe(false);
  });

  it("a stored payload that no longer fits is refused on read, never shown", () => {
    expect(() => parsePayload("content", "service.legalization.time", JSON.stringify({ text: { en: "x" } }))).toThrow();
  });

  it("reads the staff form back: texts per language, sources one a line", () => {
    const fields: Record<string, string> = {
      "text.en": "From **1 March**.",
      "text.ru": "С **1 марта**.",
      "text.be": "З **1 сакавіка**.",
      "text.ur": "**1 مارچ** سے۔",
      sources: "MFA of Belarus | https://mfa.gov.by | 2026-03-01\nDecree No. 278 | 2023-09-07",
      "verification.status": "confirmed",
      "verification.checkedOn": "2026-03-01",
    };
    const payload = contentPayloadSchema.parse(contentPayloadFromForm((name) => fields[name] ?? ""));
    expect(payload.sources).toEqual([
      { title: "MFA of Belarus", url: "https://mfa.gov.by", date: "2026-03-01" },
      { title: "Decree No. 278", date: "2023-09-07" },
    ]);
    expect(sourcesAsText(payload.sources)).toBe(
      "MFA of Belarus | https://mfa.gov.by | 2026-03-01\nDecree No. 278 |  | 2023-09-07",
    );
    expect(
      contentPayloadSchema.parse(
        contentPayloadFromForm((name) => (name === "sources" ? sourcesAsText(payload.sources) : (fields[name] ?? ""))),
      ).sources,
    ).toEqual(payload.sources);
  });
});

describe("rule payloads: one rule's parameters", () => {
  const visa = () => structuredClone(defaultRuleParameters().rules.by_visa_required) as Record<string, unknown>;

  it("today's parameters of every rule are valid payloads for it", () => {
    for (const [id, parameters] of Object.entries(defaultRuleParameters().rules))
      expect(payloadSchema("rule", id).safeParse(parameters).success, id).toBe(true);
  });

  it("refuses an end before the start, a negative fee, another rule's shape, an unknown rule", () => {
    expect(
      payloadSchema("rule", "by_visa_required").safeParse({ ...visa(), validFrom: "2026-03-01", validTo: "2026-02-01" })
        .success,
    ).toBe(false);
    expect(
      payloadSchema("rule", "by_visa_required").safeParse({ ...visa(), fees: { standard: -1, urgent: null } }).success,
    ).toBe(false);
    expect(payloadSchema("rule", "by_visa_free_airport").safeParse(visa()).success).toBe(false);
    expect(isTarget("rule", "by_nothing")).toBe(false);
  });

  it("reads the staff form back over the record in force: a new fee and a dated notice", () => {
    const fields: Record<string, string> = {
      offered: "1",
      "verification.status": "to_be_confirmed",
      "fees.standard": "80",
      "fees.urgent": "",
      "notice.from": "2026-03-01",
      "notice.text.en": "From 1 March the fee is 80 euros.",
    };
    const next = payloadSchema("rule", "by_visa_required").parse(
      ruleParametersFromForm(
        visa(),
        (name) => fields[name] ?? "",
        () => [],
      ),
    );
    expect(next).toMatchObject({
      fees: { standard: 80, urgent: null },
      notice: { from: "2026-03-01", text: { en: "From 1 March the fee is 80 euros." } },
      offered: true,
    });
    // The reviewer sees each value that changes, and only those.
    expect(changedFields(visa(), next)).toEqual([
      { path: "fees.standard", before: "60", after: "80" },
      {
        path: "fees.urgent",
        before: JSON.stringify(visa().fees && (visa().fees as { urgent: unknown }).urgent),
        after: "null",
      },
      { path: "notice", before: "null", after: "" },
      { path: "notice.from", before: "", after: '"2026-03-01"' },
      { path: "notice.text.en", before: "", after: '"From 1 March the fee is 80 euros."' },
    ]);
  });

  it("the e-visa's list is a checkbox per state it may name: ticking Pakistan adds it, and nothing else can be sent", () => {
    const eVisa = defaultRuleParameters().rules.by_e_visa as unknown as Record<string, unknown>;
    expect(ruleExtraFields(eVisa)).toEqual([
      { name: "maxStayDays", type: "number", value: 30 },
      { name: "states", type: "choices", value: [], options: ["PK"], labels: "countries" },
      { name: "fees.consular", type: "number", value: 60 },
      { name: "fees.service", type: "number", value: 6 },
    ]);
    const fields: Record<string, string> = {
      offered: "1",
      "verification.status": "confirmed",
      "verification.checkedOn": "2027-01-04",
      validFrom: "2025-03-20",
      maxStayDays: "30",
      "fees.consular": "60",
      "fees.service": "6",
    };
    const read = (name: string) => fields[name] ?? "";
    const next = payloadSchema("rule", "by_e_visa").parse(
      ruleParametersFromForm(eVisa, read, (name) => (name === "states" ? ["PK", "DE"] : [])),
    );
    expect(next).toMatchObject({ states: ["PK"], verification: { status: "confirmed", checkedOn: "2027-01-04" } });
    expect(changedFields(eVisa, next).map((c) => [c.path, c.after])).toEqual([
      ["states", '["PK"]'],
      ["verification.checkedOn", '"2027-01-04"'],
      ["verification.status", '"confirmed"'],
    ]);
  });

  it("a number the form cannot read is refused, not guessed", () => {
    const fields: Record<string, string> = { offered: "1", "fees.standard": "80 euros" };
    expect(
      payloadSchema("rule", "by_visa_required").safeParse(
        ruleParametersFromForm(
          visa(),
          (name) => fields[name] ?? "",
          () => [],
        ),
      ).success,
    ).toBe(false);
  });
});

describe("whose answers a rule change can alter (their watchers are told)", () => {
  it("the rule itself and the later rules of its destination, not the earlier ones", () => {
    expect(rulesAffectedBy("by_e_visa")).toEqual(["by_e_visa", "by_visa_required"]);
    expect(rulesAffectedBy("by_visa_required")).toEqual(["by_visa_required"]);
    expect(rulesAffectedBy("pk_business_5_years")).toEqual(["pk_business_5_years", "pk_online_visa"]);
  });
});

describe("proposal fields", () => {
  it("needs a reason and a real day", () => {
    expect(
      proposalInput.safeParse({
        kind: "content",
        targetId: "visas.toBelarusLead",
        reason: "",
        effectiveDay: "2026-03-01",
      }).success,
    ).toBe(false);
    expect(
      proposalInput.safeParse({
        kind: "content",
        targetId: "visas.toBelarusLead",
        reason: "EU stopped stamping",
        effectiveDay: "1 March",
      }).success,
    ).toBe(false);
    expect(
      proposalInput.safeParse({
        kind: "content",
        targetId: "visas.toBelarusLead",
        reason: "EU stopped stamping",
        effectiveDay: "2026-03-01",
      }).success,
    ).toBe(true);
  });
});
