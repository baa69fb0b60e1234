"use client";
// Shown when a page fails unexpectedly (e.g. the database is down). It says so plainly,
// offers a retry, and never shows technical details.
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <>
      <title>{t("title")}</title>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>{t("later")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </>
  );
}
