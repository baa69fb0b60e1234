// Staff's own reference scenarios against a real database: only editors add or delete them,
// each step audited; answers are read with the checker's parser and refused when they do not
// fit; a rule proposal's impact lists a staff scenario whose answer it changes.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { propose } from "../../app/lib/changes/proposals";
import { payloadInForce } from "../../app/lib/changes/published";
import {
  addReferenceScenario,
  deleteReferenceScenario,
  listReferenceScenarios,
} from "../../app/lib/changes/reference-scenarios";
import { scenarioImpact } from "../../app/lib/changes/scenario-impact";
import { db } from "../../app/lib/db/client";
import { embassyDay } from "../../app/lib/embassy-time";
import { REFERENCE_SCENARIOS, TRAVELLERS } from "../../app/lib/rules/scenarios";
import { changeAccess } from "../../app/lib/staff/accounts";
import { staffForToken, type VerifiedStaff } from "../../app/lib/staff/sessions";
import { answersToQuery } from "../../app/lib/visa/answers";
import { deleteAllStaff, realStaff } from "../support/staff";

const today = embassyDay();
// A Pakistani student arriving at a regional airport: visa-free today.
const STUDENT = answersToQuery({ ...TRAVELLERS.visaFreeRegional, purpose: "study" });
const address = `https://embassy.example/en/check/result?${STUDENT}#result`;

let admin: VerifiedStaff;
let editor: VerifiedStaff;
let officer: VerifiedStaff;

beforeEach(async () => {
  await db.referenceScenario.deleteMany();
  await deleteAllStaff();
  admin = (await realStaff("admin@example.by", "admin")).staff;
  const made = await realStaff("editor@example.by", "officer");
  await changeAccess(admin, made.staff.id, { role: "officer", disabled: false, totpRequired: false, editor: true });
  editor = (await staffForToken(made.token))!;
  officer = (await realStaff("officer@example.by", "officer")).staff;
});
afterAll(() => db.$disconnect());

const add = (by: VerifiedStaff, input: Partial<{ description: string; address: string; expected: string }> = {}) =>
  addReferenceScenario(by, {
    description: "Pakistani student, regional airport",
    address,
    expected: "visa_free_airport_30_days",
    ...input,
  });

describe("staff's reference scenarios", () => {
  it("an officer without the editor permission can neither add, list nor delete one", async () => {
    await expect(add(officer)).rejects.toThrow("Editors only");
    await expect(listReferenceScenarios(officer)).rejects.toThrow("Editors only");
    const added = await add(editor);
    if (!added.ok) throw new Error(added.error);
    await expect(deleteReferenceScenario(officer, added.id)).rejects.toThrow("Editors only");
    expect(await db.referenceScenario.count()).toBe(1);
  });

  it("an editor adds one from a checker address, audited; it is listed with today's answer, beside the released ones", async () => {
    const added = await add(editor);
    if (!added.ok) throw new Error(added.error);
    const row = await db.referenceScenario.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({
      creatorId: editor.id,
      expected: "visa_free_airport_30_days",
      answers: { purpose: "study", stayDays: 10, destination: "BY" },
    });
    const audit = await db.auditEvent.findMany({ where: { action: "scenario.added", targetId: added.id } });
    expect(audit).toMatchObject([{ actorStaffId: editor.id, targetType: "scenario" }]);

    const listed = await listReferenceScenarios(admin);
    expect(listed).toHaveLength(REFERENCE_SCENARIOS.length + 1);
    expect(listed.filter((s) => s.origin === "code" && s.differs)).toEqual([]);
    expect(listed.at(-1)).toMatchObject({
      id: added.id,
      origin: "staff",
      creator: editor.name,
      differs: false,
      current: { complete: true, outcome: "visa_free_airport_30_days", advice: ["study_enrolment"] },
    });

    // An expectation the rules do not meet is flagged.
    const wrong = await add(editor, { description: "student expected to need a visa", expected: "visa_required" });
    expect((await listReferenceScenarios(editor)).find((s) => wrong.ok && s.id === wrong.id)).toMatchObject({
      differs: true,
    });
  });

  it("refuses answers the checker refuses, a missing destination, an unknown outcome and an empty description", async () => {
    const audited = await db.auditEvent.count({ where: { action: "scenario.added" } });
    expect(await add(editor, { address: address.replace("stayDays=10", "stayDays=1e1") })).toEqual({
      ok: false,
      error: "address",
    });
    expect(await add(editor, { address: address.replace("nationality=PK", "nationality=XX") })).toEqual({
      ok: false,
      error: "address",
    });
    expect(await add(editor, { address: STUDENT.replace("destination=BY&", "") })).toEqual({
      ok: false,
      error: "address",
    });
    expect(await add(editor, { address: "https://embassy.example/en/check/result" })).toEqual({
      ok: false,
      error: "address",
    });
    expect(await add(editor, { expected: "approved" })).toEqual({ ok: false, error: "expected" });
    expect(await add(editor, { description: "   " })).toEqual({ ok: false, error: "description" });
    expect(await db.referenceScenario.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "scenario.added" } })).toBe(audited);
    // The query alone, as pasted from the address bar after "?", is read the same.
    expect((await add(editor, { address: `?${STUDENT}` })).ok).toBe(true);
  });

  it("stored answers that no longer fit the checker are listed as such and left out of the impact", async () => {
    const added = await add(editor);
    if (!added.ok) throw new Error(added.error);
    await db.referenceScenario.update({
      where: { id: added.id },
      data: { answers: { destination: "BY", purpose: "sightseeing" } },
    });
    expect((await listReferenceScenarios(editor)).at(-1)).toMatchObject({ id: added.id, origin: "unreadable" });
    const payload = structuredClone(
      (await payloadInForce("rule", "by_visa_free_airport", today)) as Record<string, unknown>,
    );
    expect(
      (
        await scenarioImpact({
          targetId: "by_visa_free_airport",
          effectiveDay: today,
          payload: { ...payload, airports: ["minsk-airport"] },
        })
      ).map((i) => i.scenario.id),
    ).toEqual(["by-visa-free"]);
  });

  it("appears in a rule proposal's impact when the proposal changes its answer", async () => {
    const added = await add(editor);
    if (!added.ok) throw new Error(added.error);
    // Only Minsk airport qualifies: the traveller arriving at a regional airport needs a visa.
    const inForce = (await payloadInForce("rule", "by_visa_free_airport", today)) as Record<string, unknown>;
    const proposed = await propose(admin, {
      kind: "rule",
      targetId: "by_visa_free_airport",
      reason: "Regional airports no longer qualify",
      effectiveDay: today,
      payload: { ...inForce, airports: ["minsk-airport"] },
    });
    if (!proposed.ok) throw new Error(proposed.error);
    const proposal = await db.changeProposal.findUniqueOrThrow({ where: { id: proposed.id } });
    const impact = await scenarioImpact(proposal);
    expect(impact.map((i) => [i.scenario.id, i.changes])).toEqual([
      ["by-visa-free", ["outcome", "steps", "fees"]],
      [added.id, ["outcome", "steps", "advice", "fees"]],
    ]);
    expect(impact.at(-1)).toMatchObject({
      scenario: { origin: "staff", description: "Pakistani student, regional airport" },
      after: { outcome: "visa_required" },
    });

    // Deleted (by any editor, audited), it is no longer in the impact.
    expect(await deleteReferenceScenario(admin, added.id)).toEqual({ ok: true, id: added.id });
    expect(await deleteReferenceScenario(admin, added.id)).toEqual({ ok: false, error: "notFound" });
    expect(await db.auditEvent.findMany({ where: { action: "scenario.deleted", targetId: added.id } })).toMatchObject([
      { actorStaffId: admin.id },
    ]);
    expect((await scenarioImpact(proposal)).map((i) => i.scenario.id)).toEqual(["by-visa-free"]);
  });
});
