import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf, TranslationValues } from "next-intl";

/** A group of messages, as getTranslations takes it: "Requests", "Visa.questions", "Staff.Login", … */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** One message by its full key: "Contacts.title". */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

type DataKeyTranslator = {
  (key: string, values?: TranslationValues): string;
  has(key: string): boolean;
  raw(key: string): unknown;
};

/*
 * Every key is checked against the English catalogue at compile time (app-config.ts), except
 * those built at run time from data the compiler cannot follow into the catalogue: a request
 * field's name, a service's slug, an error code a form sent back, an audit action, an item of
 * a list. These two say so where it happens. A missing one shows its key (next-intl's
 * fallback), never an error page; the catalogue tests (tests/unit/*messages*.test.ts) and
 * the pages' tests catch it.
 */

/** The same translator, for a key built from data: `dataKeys(t)(\`fields.${field.name}.label\`)`. */
export const dataKeys = (t: object) => t as DataKeyTranslator;

/** A full key built from data, where a MessageKey is asked for: `keyFromData(\`Services.items.${slug}.title\`)`. */
export const keyFromData = (key: string) => key as MessageKey;
