/**
 * Pages that read the database on every request say plainly when it cannot be reached.
 * Rendered on the server, so a browser without JavaScript gets it too: app/[locale]/error.tsx
 * is drawn only by the browser (React does not render error boundaries on the server).
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** What `load` gives, or null while the database cannot be reached; any other error is thrown on. */
export async function unlessDatabaseDown<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export async function DatabaseUnavailable({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "Error" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>{t("later")}</p>
    </>
  );
}

export async function databaseUnavailableMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Error" });
  return { title: t("title"), robots: { index: false } };
}
