import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { keyFromData, type MessageKey } from "@/i18n/message-keys";
import { getPathname, type Href } from "@/i18n/navigation";
import { config } from "@/lib/config";

export type PageText = {
  /** The page's <title> (the layout adds the service's name); the service's name alone when left out. */
  title?: MessageKey;
  /** Its own description for search results; pages without one keep the service's (app/[locale]/layout.tsx). */
  description?: MessageKey;
  /**
   * Its address without the language ("/visas"; "/" for the home page), for a page search
   * engines may list (app/lib/site-map.ts): its canonical address, on the public origin rather
   * than whatever Host the request came with, and without any query it was opened with.
   */
  path?: Href;
};

/** A page's metadata from its messages, in the page's language. */
export async function pageMetadata(
  locale: string,
  { title, description, path }: PageText,
  extra: Metadata = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale });
  return {
    ...(title && { title: t(title) }),
    ...(description && { description: t(description) }),
    ...(path && { alternates: { canonical: config().publicOrigin + getPathname({ locale, href: path }) } }),
    ...extra,
  };
}

/** generateMetadata for a page whose metadata are messages: `export const generateMetadata = metadataFrom({ title: "Contacts.title", … })`. */
export function metadataFrom(page: PageText, extra?: Metadata) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> =>
    pageMetadata((await params).locale, page, extra);
}

/** A long-form page's first paragraph (app/ui/prose-sections.tsx), as its description: keys into a list are not followed by the key types. */
export const FIRST_PARAGRAPH = (namespace: "Accessibility" | "Privacy" | "ToBeConfirmed") =>
  keyFromData(`${namespace}.sections.0.paragraphs.0`);
