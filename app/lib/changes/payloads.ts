/**
 * What a proposal carries, by kind, and the rules of its dates. Payloads are stored as Json
 * columns and parsed with these schemas whenever they are read, so a row written by an older
 * release, or by hand, can never reach a page unchecked. Pure: no database.
 */
import { z } from "zod";
import { LOCALES } from "../../i18n/locales";
import { contentBlock } from "./content-blocks";
import { ruleParametersSchemaOf, ruleTargetIds } from "./rule-kind";

export const KINDS = ["rule", "content"] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ["draft", "proposed", "sent_back", "scheduled", "published", "withdrawn"] as const;
export type ProposalStatus = (typeof STATUSES)[number];
/** Statuses a reviewer can act on. */
export const OPEN_STATUSES: readonly ProposalStatus[] = ["proposed"];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "day")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "day",
  );

const source = z.object({
  title: z.string().trim().min(1).max(300),
  url: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  date: z.string().trim().min(1).max(40),
});

/**
 * A content block's text in every language (Markdown, the subset app/ui/markdown.tsx knows),
 * its sources, and whether the Embassy has verified it (and when).
 */
export const contentPayloadSchema = z.object({
  text: z.object(
    Object.fromEntries(LOCALES.map((locale) => [locale, z.string().trim().min(1, "text").max(4000, "text")])) as Record<
      (typeof LOCALES)[number],
      z.ZodString
    >,
  ),
  sources: z.array(source).max(10),
  verification: z.object({ status: z.enum(["confirmed", "to_be_confirmed"]), checkedOn: day.nullable() }),
});
export type ContentPayload = z.infer<typeof contentPayloadSchema>;

export const isTarget = (kind: Kind, targetId: string): boolean =>
  kind === "content" ? contentBlock(targetId) !== undefined : ruleTargetIds().includes(targetId);

/** The schema of a payload: a content block's, or the parameters of the rule it targets. */
export function payloadSchema(kind: Kind, targetId: string): z.ZodType {
  if (!isTarget(kind, targetId)) throw new Error(`Unknown ${kind} ${targetId}`);
  return kind === "content" ? contentPayloadSchema : ruleParametersSchemaOf(targetId);
}

/** A stored payload, checked; throws on a row that does not fit (it must never be shown). */
export function parsePayload(kind: "content", targetId: string, stored: unknown): ContentPayload;
export function parsePayload(kind: Kind, targetId: string, stored: unknown): unknown;
export function parsePayload(kind: Kind, targetId: string, stored: unknown): unknown {
  return payloadSchema(kind, targetId).parse(stored);
}

/** A new proposal's common fields, as a form sends them. */
export const proposalInput = z.object({
  kind: z.enum(KINDS),
  targetId: z.string().min(1).max(100),
  reason: z.string().trim().min(1, "reason").max(2000, "reason"),
  effectiveDay: day,
});

/** A change applies from the start of its day in Karachi: on that day and after, never before. */
export const inForceOn = (effectiveDay: string, askedDay: string): boolean => effectiveDay <= askedDay;

/** Approved and dated after today (the Embassy's): shown as scheduled until its day. */
export const statusOnApproval = (effectiveDay: string, today: string): "scheduled" | "published" =>
  inForceOn(effectiveDay, today) ? "published" : "scheduled";

/**
 * The version in force on a day: of those whose effective day is not after it, the latest
 * by day, then the last approved (the highest number). A rollback is a new number, so it wins.
 */
export function versionOn<V extends { effectiveDay: string; number: number }>(
  versions: readonly V[],
  askedDay: string,
): V | undefined {
  let best: V | undefined;
  for (const version of versions) {
    if (!inForceOn(version.effectiveDay, askedDay)) continue;
    if (
      !best ||
      version.effectiveDay > best.effectiveDay ||
      (version.effectiveDay === best.effectiveDay && version.number > best.number)
    )
      best = version;
  }
  return best;
}

/**
 * A content block from the staff form: the text per language, sources one per line as
 * "title | https://address | date" (address optional), the verification. Not checked: the
 * caller parses it with contentPayloadSchema.
 */
export function contentPayloadFromForm(read: (name: string) => string): unknown {
  const sources = read("sources")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const parts = line.split("|").map((part) => part.trim());
      const [title, url, date] = parts.length >= 3 ? parts : [parts[0], undefined, parts[1]];
      return { title, ...(url ? { url } : {}), date: date ?? "" };
    });
  return {
    text: Object.fromEntries(LOCALES.map((locale) => [locale, read(`text.${locale}`)])),
    sources,
    verification: {
      status: read("verification.status") === "confirmed" ? "confirmed" : "to_be_confirmed",
      checkedOn: read("verification.checkedOn").trim() || null,
    },
  };
}

/** The sources as the form's textarea shows them (contentPayloadFromForm reads them back). */
export const sourcesAsText = (sources: ContentPayload["sources"]): string =>
  sources.map((s) => [s.title, s.url ?? "", s.date].join(" | ")).join("\n");

/** Two payloads as flat "path: value" pairs that differ, for the reviewer (rules: every number, list and date). */
export function changedFields(before: unknown, after: unknown): { path: string; before: string; after: string }[] {
  const flat = (value: unknown, path: string, out: Map<string, string>) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) flat(inner, path ? `${path}.${key}` : key, out);
    else out.set(path, value === undefined ? "" : JSON.stringify(value));
    return out;
  };
  const a = flat(before, "", new Map());
  const b = flat(after, "", new Map());
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => a.get(path) !== b.get(path))
    .sort()
    .map((path) => ({ path, before: a.get(path) ?? "", after: b.get(path) ?? "" }));
}
