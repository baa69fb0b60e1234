// The change flow against a real database: four eyes, dated publication, a second instance,
// rollback, and change alerts sent once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as rulesApi } from "../../app/api/v1/rules/route";
import {
  CONFIRMATIONS_PER_DAY,
  confirmAlert,
  deleteStaleAlerts,
  publishDueChanges,
  subscribe,
  unsubscribe,
} from "../../app/lib/changes/alerts";
import { defaultBlockText } from "../../app/lib/changes/content-blocks";
import {
  approve,
  findProposal,
  propose,
  proposeRollback,
  sendBack,
  targetHistory,
} from "../../app/lib/changes/proposals";
import { contentOn, payloadInForce, publishedChanges, ruleNoticeOn } from "../../app/lib/changes/published";
import { db } from "../../app/lib/db/client";
import { addDays, embassyDay } from "../../app/lib/embassy-time";
import { deliverOutbox } from "../../app/lib/notifications/outbox";
import { changeAccess } from "../../app/lib/staff/accounts";
import { staffForToken, type VerifiedStaff } from "../../app/lib/staff/sessions";
import { deleteAllStaff, realStaff } from "../support/staff";

const run = promisify(execFile);
const BLOCK = "service.legalization.time";
const today = embassyDay();

let admin: VerifiedStaff;
let editor: VerifiedStaff;
let officer: VerifiedStaff;

const content = (en: string, ru = "Новый текст.") => ({
  text: { ...defaultBlockText(BLOCK), en, ru },
  sources: [{ title: "MFA of Belarus", url: "https://mfa.gov.by", date: today }],
  verification: { status: "confirmed", checkedOn: today },
});
const proposeText = async (by: VerifiedStaff, en: string, effectiveDay = today) => {
  const result = await propose(by, {
    kind: "content",
    targetId: BLOCK,
    reason: "The Embassy's page changed",
    effectiveDay,
    payload: content(en),
  });
  if (!result.ok) throw new Error(result.error);
  return result.id;
};
const revision = async (id: string) => (await db.changeProposal.findUniqueOrThrow({ where: { id } })).revision;

beforeEach(async () => {
  await db.changeAlert.deleteMany();
  await db.outboxMessage.deleteMany();
  await deleteAllStaff();
  admin = (await realStaff("admin@example.by", "admin")).staff;
  const made = await realStaff("editor@example.by", "officer");
  await changeAccess(admin, made.staff.id, { role: "officer", disabled: false, totpRequired: false, editor: true });
  editor = (await staffForToken(made.token))!;
  officer = (await realStaff("officer@example.by", "officer")).staff;
});
afterAll(() => db.$disconnect());

describe("four eyes", () => {
  it("an admin grants the editor permission, audited", async () => {
    expect(editor.editor).toBe(true);
    const rows = await db.auditEvent.findMany({ where: { action: "staff.access_changed", targetId: editor.id } });
    expect(rows.filter((row) => (row.details as { editor?: boolean } | null)?.editor === true)).toHaveLength(1);
  });

  it("the proposer cannot approve their own proposal; a colleague with the permission can", async () => {
    const id = await proposeText(editor, "Ten working days.");
    expect(await approve(editor, id, await revision(id))).toEqual({ ok: false, error: "ownProposal" });
    expect((await findProposal(admin, id))?.status).toBe("proposed");
    expect((await approve(admin, id, await revision(id))).ok).toBe(true);
    expect((await findProposal(admin, id))?.status).toBe("published");
    const actions = (
      await db.auditEvent.findMany({ where: { targetType: "change", targetId: id }, orderBy: { at: "asc" } })
    ).map((row) => row.action);
    expect(actions).toEqual(["change.proposed", "change.approved"]);
  });

  it("an officer without the permission can neither propose, approve nor send back", async () => {
    const id = await proposeText(admin, "Ten working days.");
    await expect(
      propose(officer, { kind: "content", targetId: BLOCK, reason: "x", effectiveDay: today, payload: content("x") }),
    ).rejects.toThrow("Editors only");
    await expect(approve(officer, id, await revision(id))).rejects.toThrow("Editors only");
    await expect(sendBack(officer, id, await revision(id), "no")).rejects.toThrow("Editors only");
    expect(await db.publishedVersion.count()).toBe(0);
  });

  it("sent back with a comment (required), it is not published; two reviewers at once: one wins", async () => {
    const id = await proposeText(editor, "Ten working days.");
    expect(await sendBack(admin, id, await revision(id), "  ")).toEqual({ ok: false, error: "comment" });
    expect((await sendBack(admin, id, await revision(id), "Give the source")).ok).toBe(true);
    expect(await findProposal(admin, id)).toMatchObject({
      status: "sent_back",
      comment: "Give the source",
      reviewerId: admin.id,
    });
    const again = await proposeText(editor, "Eleven working days.");
    const second = await realStaff("second-admin@example.by", "admin");
    const at = await revision(again);
    const results = await Promise.all([approve(admin, again, at), approve(second.staff, again, at)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.publishedVersion.count({ where: { targetId: BLOCK } })).toBe(1);
  });

  it("refuses a payload that does not fit its kind", async () => {
    expect(
      await propose(editor, {
        kind: "content",
        targetId: BLOCK,
        reason: "x",
        effectiveDay: today,
        payload: { text: { en: "only English" } },
      }),
    ).toEqual({ ok: false, error: "invalid" });
    expect(
      await propose(editor, {
        kind: "rule",
        targetId: "by_visa_required",
        reason: "x",
        effectiveDay: today,
        payload: content("x"),
      }),
    ).toEqual({ ok: false, error: "invalid" });
  });
});

describe("dated publication", () => {
  it("a change dated tomorrow is scheduled: today's pages keep the text, a trip tomorrow gets the new one, and the day publishes it by itself", async () => {
    const tomorrow = addDays(today, 1);
    const id = await proposeText(editor, "From tomorrow: ten working days.", tomorrow);
    await approve(admin, id, await revision(id));
    expect((await findProposal(admin, id))?.status).toBe("scheduled");
    expect((await contentOn("en", today))(BLOCK).text).toBe(defaultBlockText(BLOCK).en);
    expect((await contentOn("en", tomorrow))(BLOCK).text).toBe("From tomorrow: ten working days.");
    expect(await publishedChanges(today)).toHaveLength(0);

    const dayAfter = new Date(Date.now() + 36 * 60 * 60 * 1000);
    await publishDueChanges(dayAfter);
    expect((await findProposal(admin, id))?.status).toBe("published");
    expect(await db.auditEvent.count({ where: { action: "change.took_effect", targetId: id } })).toBe(1);
    expect((await publishedChanges(embassyDay(dayAfter))).map((c) => c.targetId)).toEqual([BLOCK]);
  });

  it("Pakistan added to the e-visa list from tomorrow: the rules API gives it for a trip from that day, not before", async () => {
    const tomorrow = addDays(today, 1);
    const eVisaStates = async (date: string) => {
      const body = (await (await rulesApi(new NextRequest(`http://localhost/api/v1/rules?date=${date}`))).json()) as {
        rules: { id: string; conditions: { id: string; value: unknown }[]; version: unknown }[];
      };
      const rule = body.rules.find((r) => r.id === "by_e_visa")!;
      return { states: rule.conditions.find((c) => c.id === "e_visa_state")!.value, version: rule.version };
    };
    // A Pakistani told "visa required" asked to hear of changes; so did a Belarusian going to Pakistan.
    const watchers = {
      "told-visa-required@example.com": "rule:by_visa_required",
      "going-to-pakistan@example.com": "rule:pk_online_visa",
    } as const;
    for (const [email, topic] of Object.entries(watchers)) {
      await subscribe(email, topic, "en");
      await confirmAlert(
        /confirm=([\w-]+)/.exec((await db.outboxMessage.findFirstOrThrow({ where: { recipient: email } })).body)![1]!,
      );
    }
    await db.outboxMessage.deleteMany();
    const inForce = (await payloadInForce("rule", "by_e_visa", today)) as Record<string, unknown>;
    expect(inForce.states).toEqual([]);
    const change = await propose(editor, {
      kind: "rule",
      targetId: "by_e_visa",
      reason: "Pakistan added to the e-visa list (Council of Ministers resolution)",
      effectiveDay: tomorrow,
      payload: { ...inForce, states: ["PK"] },
    });
    if (!change.ok) throw new Error(change.error);
    await approve(admin, change.id, await revision(change.id));
    expect((await findProposal(admin, change.id))?.status).toBe("scheduled");
    expect(await eVisaStates(today)).toEqual({ states: [], version: { rules: 1, parameters: 1 } });
    expect(await eVisaStates(tomorrow)).toEqual({ states: ["PK"], version: { rules: 1, parameters: 2 } });
    expect((await eVisaStates(addDays(today, 30))).states).toEqual(["PK"]);
    // On the day, the change takes effect by itself and tells the travellers whose answer it can change, once.
    await publishDueChanges(new Date(Date.now() + 36 * 60 * 60 * 1000));
    await publishDueChanges(new Date(Date.now() + 36 * 60 * 60 * 1000));
    expect((await db.outboxMessage.findMany()).map((m) => [m.recipient, m.subject])).toEqual([
      ["told-visa-required@example.com", expect.stringContaining("e-visa")],
    ]);
  });

  it("a second instance (another process, its own connection) reads the publication: a text and a rule's notice", async () => {
    const id = await proposeText(editor, "Seen everywhere.");
    await approve(admin, id, await revision(id));
    const rule = (await payloadInForce("rule", "by_visa_required", today)) as Record<string, unknown>;
    const notice = {
      from: today,
      text: {
        en: "From today the Embassy also accepts card payments.",
        ru: "С сегодняшнего дня Посольство принимает и оплату картой.",
      },
    };
    const ruleChange = await propose(editor, {
      kind: "rule",
      targetId: "by_visa_required",
      reason: "Card terminal installed",
      effectiveDay: today,
      payload: { ...rule, notice },
    });
    if (!ruleChange.ok) throw new Error(ruleChange.error);
    await approve(admin, ruleChange.id, await revision(ruleChange.id));
    expect(await ruleNoticeOn("by_visa_required", "ru", today)).toBe(notice.text.ru);

    const { stdout } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "tests/support/read-published.ts", BLOCK, "by_visa_required", "ru", today],
      { env: process.env, timeout: 60_000 },
    );
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({
      text: "Новый текст.",
      number: 1,
      notice: notice.text.ru,
    });
  });
});

describe("history and rollback", () => {
  it("keeps every version with who proposed and approved it; a rollback is a new proposal restoring an earlier one", async () => {
    for (const text of ["Version one.", "Version two."]) {
      const id = await proposeText(editor, text);
      await approve(admin, id, await revision(id));
    }
    const [v2, v1] = await targetHistory(admin, "content", BLOCK);
    expect([v2!.number, v1!.number]).toEqual([2, 1]);
    expect(v1).toMatchObject({ proposerId: editor.id, approverId: admin.id, reason: "The Embassy's page changed" });
    expect((await contentOn("en"))(BLOCK).text).toBe("Version two.");

    const rollback = await proposeRollback(admin, v1!.id, "Version two was wrong", today);
    if (!rollback.ok) throw new Error(rollback.error);
    expect((await contentOn("en"))(BLOCK).text).toBe("Version two."); // not before a second pair of eyes
    expect(await approve(admin, rollback.id, await revision(rollback.id))).toEqual({ ok: false, error: "ownProposal" });
    await approve(editor, rollback.id, await revision(rollback.id));
    expect((await contentOn("en"))(BLOCK)).toMatchObject({ text: "Version one.", number: 3 });
    expect(await db.auditEvent.count({ where: { action: "change.rollback_proposed", targetId: rollback.id } })).toBe(1);
  });
});

describe("change alerts", () => {
  const topic = "content:service:legalization" as const;

  it("double opt-in; one e-mail per subscriber in their language, once with two instances; unsubscribe deletes the address", async () => {
    await subscribe("Reader@Example.com", topic, "ru");
    await subscribe("unconfirmed@example.com", topic, "en");
    const confirmation = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "reader@example.com" } });
    expect(confirmation.listUnsubscribe).toMatch(/\/api\/v1\/alerts\/unsubscribe\?token=/);
    const token = /confirm=([\w-]+)/.exec(confirmation.body)![1]!;
    expect((await confirmAlert(token)).ok).toBe(true);
    await db.outboxMessage.deleteMany();

    const id = await proposeText(editor, "Ten working days.");
    await approve(admin, id, await revision(id));
    // Two instances run the minute's job at once.
    const runs = await Promise.all([publishDueChanges(), publishDueChanges()]);
    expect(runs.map((r) => r.alerts).sort()).toEqual([0, 1]);
    await publishDueChanges();
    const alerts = await db.outboxMessage.findMany();
    expect(alerts.map((m) => m.recipient)).toEqual(["reader@example.com"]);
    expect(alerts[0]!.subject).toContain("Изменилось");
    expect(alerts[0]!.body).toContain("Новый текст.");
    await Promise.all([deliverOutbox(), deliverOutbox()]);
    expect(await db.outboxMessage.count({ where: { status: { in: ["sent", "logged"] } } })).toBe(1);

    const unsubscribeToken = /unsubscribe=([\w-]+)/.exec(alerts[0]!.body)![1]!;
    await unsubscribe(unsubscribeToken);
    expect(await db.changeAlert.count({ where: { email: "reader@example.com" } })).toBe(0);
  });

  it("nobody can flood an inbox: one confirmation a day per topic, its link kept; at most three a day per address", async () => {
    for (let i = 0; i < 3; i++) expect((await subscribe("victim@example.com", topic, "en")).ok).toBe(true);
    const [first, ...again] = await db.outboxMessage.findMany({ where: { recipient: "victim@example.com" } });
    expect(again).toEqual([]);
    const link = /confirm=([\w-]+)/.exec(first!.body)![1]!;
    const topics = ["content:visas", "rule:by_e_visa", "rule:by_visa_required", "rule:pk_online_visa"] as const;
    for (const other of topics) expect((await subscribe("victim@example.com", other, "en")).ok).toBe(true);
    expect(await db.outboxMessage.count({ where: { recipient: "victim@example.com" } })).toBe(CONFIRMATIONS_PER_DAY);
    // The first link still works: signing up again did not replace it.
    expect((await confirmAlert(link)).ok).toBe(true);
    // A day later, the topic not confirmed may be asked again.
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    await subscribe("victim@example.com", "rule:by_e_visa", "en", tomorrow);
    expect(await db.outboxMessage.count({ where: { recipient: "victim@example.com" } })).toBe(
      CONFIRMATIONS_PER_DAY + 1,
    );
  });

  it("unsubscribing from one e-mail stops them all: every topic of the address is deleted", async () => {
    for (const watched of [topic, "content:visas", "rule:by_visa_required"] as const) {
      await subscribe("reader@example.com", watched, "en");
      const mail = await db.outboxMessage.findFirstOrThrow({
        where: { recipient: "reader@example.com" },
        orderBy: { createdAt: "desc" },
      });
      expect((await confirmAlert(/confirm=([\w-]+)/.exec(mail.body)![1]!)).ok).toBe(true);
    }
    await subscribe("other@example.com", "content:visas", "en");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "reader@example.com" } });
    await unsubscribe(/unsubscribe=([\w-]+)/.exec(mail.body)![1]!);
    expect(await db.changeAlert.count({ where: { email: "reader@example.com" } })).toBe(0);
    expect(await db.changeAlert.count({ where: { email: "other@example.com" } })).toBe(1);
  });

  it("retention: unconfirmed after 7 days, confirmed after 12 months without a change", async () => {
    const long = new Date(Date.now() - 13 * 30 * 24 * 60 * 60 * 1000);
    await subscribe("old@example.com", topic, "en", long);
    const token = /confirm=([\w-]+)/.exec(
      (await db.outboxMessage.findFirstOrThrow({ where: { recipient: "old@example.com" } })).body,
    )![1]!;
    await confirmAlert(token, long);
    await subscribe("stale@example.com", topic, "en", new Date(Date.now() - 8 * 24 * 60 * 60 * 1000));
    await subscribe("fresh@example.com", topic, "en");
    expect(await deleteStaleAlerts()).toBe(2);
    expect((await db.changeAlert.findMany()).map((a) => a.email)).toEqual(["fresh@example.com"]);
  });
});
