/**
 * What the public reads of published changes, in one language: the entries of /changes and
 * of its Atom feed (RFC 4287). Pure but for nothing: it takes the changes read by published.ts.
 */
import type { Locale } from "../../i18n/locales";
import { topicPath, topicTitle } from "./content-blocks";
import { whatChanged } from "./describe";
import type { PublishedChange } from "./published";

export type ChangeEntry = { id: string; day: string; updated: Date; title: string; text: string | null; path: string };

export const changeEntries = (changes: PublishedChange[], locale: Locale): ChangeEntry[] =>
  changes.map((change) => ({
    id: change.id,
    day: change.effectiveDay,
    updated: change.approvedAt,
    title: topicTitle(change.topic, locale),
    text: whatChanged(change.kind, change.payload, locale),
    path: topicPath(change.topic, locale),
  }));

/**
 * Text escaped for XML, without the characters XML 1.0 forbids (C0 controls but tab and
 * newlines, lone surrogates, U+FFFE/U+FFFF): one of them in a staff text would make feed
 * readers reject the whole feed.
 */
/* eslint-disable no-control-regex -- the control characters are what it removes */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

const xml = (text: string) =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Atom document: one entry per published change, its id stable (the version's), its link the page it changed. */
export function atomFeed({
  origin,
  locale,
  title,
  fallback,
  entries,
}: {
  origin: string;
  locale: Locale;
  title: string;
  fallback: string;
  entries: ChangeEntry[];
}): string {
  const self = `${origin}/${locale}/changes/feed.xml`;
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${xml(`${origin}/${locale}/changes`)}</id>`,
    `<title>${xml(title)}</title>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" href="${xml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(`${origin}/${locale}/changes`)}"/>`,
    ...entries.map((entry) =>
      [
        `<entry>`,
        `<id>${xml(`${origin}/${locale}/changes#${entry.id}`)}</id>`,
        `<title>${xml(`${entry.day}: ${entry.title}`)}</title>`,
        `<updated>${entry.updated.toISOString()}</updated>`,
        `<author><name>${xml(title)}</name></author>`,
        `<link rel="alternate" type="text/html" href="${xml(`${origin}${entry.path}`)}"/>`,
        `<summary>${xml(entry.text ?? fallback)}</summary>`,
        `</entry>`,
      ].join(""),
    ),
    `</feed>`,
  ].join("\n");
}
