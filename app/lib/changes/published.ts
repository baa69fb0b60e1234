/**
 * What is in force on a day: the published version of each content block and rule with the
 * latest effective day not after it (payloads.ts, versionOn). Nothing is cached beyond one
 * render (React's cache), so every instance reads a publication at its next render; the
 * prerendered public pages regenerate within the layout's revalidate period (300 s, the
 * settings' bound), and a change dated later appears by itself once its day has come. The
 * checker asks for the traveller's date, so a trip after the date gets the new rule already.
 */
import "server-only";
import { cache } from "react";
import type { Locale } from "../../i18n/locales";
import { db } from "../db/client";
import { embassyDay } from "../embassy-time";
import { CONTENT_BLOCKS, defaultBlockText, topicOf, type Topic } from "./content-blocks";
import type { RuleId } from "../rules/ids";
import { ruleParametersFromSettings, type RuleParameters } from "../rules/parameters";
import { readSettings } from "../settings/read-settings";
import { parsePayload, versionOn, type ContentPayload, type Kind } from "./payloads";
import { ruleNoticeText, withPublished } from "./rule-kind";

const versionsOf = cache(async (kind: Kind) =>
  db.publishedVersion.findMany({ where: { kind }, orderBy: { number: "asc" } }),
);

export type BlockInForce = { text: string; payload: ContentPayload | null; number: number | null };

/** Every block's text in a language on a day (today's by default): its released message until a version applies. */
export async function contentOn(locale: Locale, day: string = embassyDay()): Promise<(id: string) => BlockInForce> {
  const versions = await versionsOf("content");
  const inForce = new Map(
    CONTENT_BLOCKS.map((block) => [
      block.id,
      versionOn(
        versions.filter((v) => v.targetId === block.id),
        day,
      ),
    ]),
  );
  return (id) => {
    const version = inForce.get(id);
    if (version === undefined && !CONTENT_BLOCKS.some((block) => block.id === id))
      throw new Error(`Unknown content block ${id}`);
    if (!version) return { text: defaultBlockText(id)[locale], payload: null, number: null };
    const payload = parsePayload("content", id, version.payload);
    return { text: payload.text[locale], payload, number: version.number };
  };
}

/**
 * The rule parameters in force on a day (the travel date, for the checker): today's from code
 * and settings, with each rule's published version in force over them. The rules' runtime
 * plug point (app/lib/rules/current.ts, readRuleParameters) returns this.
 */
export async function ruleParametersOn(day: string, base: RuleParameters): Promise<RuleParameters> {
  const versions = await versionsOf("rule");
  const inForce = new Map<string, { number: number; payload: unknown }>();
  for (const target of new Set(versions.map((v) => v.targetId))) {
    const version = versionOn(
      versions.filter((v) => v.targetId === target),
      day,
    );
    if (version) inForce.set(target, { number: version.number, payload: version.payload });
  }
  return withPublished(base, inForce);
}

/** What a proposal for this target would replace: the payload in force on a day (the released one when no version applies). */
export async function payloadInForce(kind: Kind, targetId: string, day: string): Promise<unknown> {
  if (kind === "rule")
    return (await ruleParametersOn(day, ruleParametersFromSettings(await readSettings()))).rules[targetId as RuleId];
  const block = (await contentOn("en", day))(targetId);
  return (
    block.payload ?? {
      text: defaultBlockText(targetId),
      sources: [],
      verification: { status: "to_be_confirmed", checkedOn: null },
    }
  );
}

/** A rule's notice in a language, when the version in force has one whose first day has come. */
export async function ruleNoticeOn(ruleId: RuleId, locale: string, day: string): Promise<string | null> {
  const parameters = await ruleParametersOn(day, ruleParametersFromSettings(await readSettings()));
  const rule = parameters.rules[ruleId];
  return rule.notice && rule.notice.from <= day ? ruleNoticeText(rule, locale) : null;
}

export type PublishedChange = {
  id: string;
  kind: Kind;
  targetId: string;
  topic: Topic;
  number: number;
  effectiveDay: string;
  approvedAt: Date;
  payload: unknown;
  /** The version it replaced (null: none). */
  previous: unknown;
};

/** Published versions in force by `day` (the public "what changed and when"), newest first, each with the one it replaced. */
export async function publishedChanges(day: string = embassyDay(), limit = 100): Promise<PublishedChange[]> {
  const rows = await db.publishedVersion.findMany({
    where: { effectiveDay: { lte: day } },
    orderBy: [{ effectiveDay: "desc" }, { number: "desc" }],
    take: limit,
  });
  const earlier = await Promise.all(
    rows.map((row) =>
      db.publishedVersion.findFirst({
        where: { kind: row.kind, targetId: row.targetId, number: { lt: row.number } },
        orderBy: { number: "desc" },
        select: { payload: true },
      }),
    ),
  );
  return rows.map((row, i) => {
    const kind = row.kind;
    return {
      id: row.id,
      kind,
      targetId: row.targetId,
      topic: topicOf(kind, row.targetId),
      number: row.number,
      effectiveDay: row.effectiveDay,
      approvedAt: row.approvedAt,
      payload: parsePayload(kind, row.targetId, row.payload),
      previous: earlier[i] ? parsePayload(kind, row.targetId, earlier[i].payload) : null,
    };
  });
}
