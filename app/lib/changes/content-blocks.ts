/**
 * The fact-bearing passages of the service and visa pages that the Embassy edits as content
 * blocks (Markdown, per language). Until a version is published a block is its message, so
 * the pages read as they did before blocks existed; the message stays the released default.
 * Each block belongs to a page, the unit a visitor subscribes to ("Tell me if this changes").
 */
import be from "../../i18n/messages/be.json";
import en from "../../i18n/messages/en.json";
import ru from "../../i18n/messages/ru.json";
import ur from "../../i18n/messages/ur.json";
import { LOCALES, type Locale } from "../../i18n/locales";
import { getPathname } from "../../i18n/pathname";
import { SERVICE_SLUGS } from "../services/catalogue";

const MESSAGES = { en, ru, be, ur } as const;

/** A page with editable blocks: one of the service pages, or the visa pages. */
export type ContentPage = `service:${(typeof SERVICE_SLUGS)[number]}` | "visas";

type BlockDefinition = { id: string; page: ContentPage; path: string[] };

// Summary, time and how to apply are the passages that state facts and carry no placeholder
// filled from settings (death-abroad's "how to apply" names the emergency contact, a setting).
const SERVICE_PASSAGES = ["summary", "time", "howToApply"] as const;

export const CONTENT_BLOCKS: readonly BlockDefinition[] = [
  ...SERVICE_SLUGS.flatMap((slug) =>
    SERVICE_PASSAGES.filter((passage) => !(slug === "death-abroad" && passage === "howToApply")).map((passage) => ({
      id: `service.${slug}.${passage}`,
      page: `service:${slug}` as const,
      path: ["Services", "items", slug, passage],
    })),
  ),
  { id: "visas.toBelarusLead", page: "visas", path: ["Visa", "pages", "toBelarusLead"] },
  { id: "visas.toPakistanLead", page: "visas", path: ["Visa", "pages", "toPakistanLead"] },
];

export type ContentBlockId = string;
export const contentBlock = (id: string): BlockDefinition | undefined =>
  CONTENT_BLOCKS.find((block) => block.id === id);

function messageAt(locale: Locale, path: string[]): string {
  let node: unknown = MESSAGES[locale];
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  if (typeof node !== "string") throw new Error(`No message ${path.join(".")} in ${locale}`);
  return node;
}

/** The released text of a block in every language: what it says until a version is published. */
export function defaultBlockText(id: string): Record<Locale, string> {
  const block = contentBlock(id);
  if (!block) throw new Error(`Unknown content block ${id}`);
  return Object.fromEntries(LOCALES.map((locale) => [locale, messageAt(locale, block.path)])) as Record<Locale, string>;
}

/**
 * What a visitor watches ("Tell me if this changes"): a rule (its result page) or a page
 * with blocks. A published version touches the topic of its target.
 */
export type Topic = `rule:${string}` | `content:${ContentPage}`;
export const topicOf = (kind: "rule" | "content", targetId: string): Topic =>
  kind === "rule" ? `rule:${targetId}` : `content:${contentBlock(targetId)!.page}`;

const TOPIC = /^(rule:[a-z_]+|content:(visas|service:[a-z-]+))$/;
export const isTopic = (value: string): value is Topic =>
  TOPIC.test(value) &&
  (!value.startsWith("content:") || CONTENT_BLOCKS.some((block) => `content:${block.page}` === value));

/** The topic's name in a language: the rule's route, or the page's title. */
export function topicTitle(topic: Topic, locale: Locale): string {
  if (topic.startsWith("rule:")) return messageAt(locale, ["Visa", "routes", topic.slice("rule:".length)]);
  const page = topic.slice("content:".length);
  return page === "visas"
    ? messageAt(locale, ["Visa", "pages", "title"])
    : messageAt(locale, ["Services", "items", page.slice("service:".length), "title"]);
}

/** Where the topic is read, under a language prefix. */
export function topicPath(topic: Topic, locale: Locale): string {
  const page = topic.startsWith("rule:") ? "visas" : topic.slice("content:".length);
  return getPathname({ locale, href: page === "visas" ? "/visas" : `/services/${page.slice("service:".length)}` });
}
