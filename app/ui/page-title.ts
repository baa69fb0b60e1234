import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** generateMetadata for a page whose title is one message: `export const generateMetadata = titleFrom("Contacts")`. */
export function titleFrom(namespace: string, key = "title", extra: Metadata = {}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace });
    return { title: t(key), ...extra };
  };
}
