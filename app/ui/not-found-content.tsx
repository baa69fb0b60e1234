import { getLocale, getTranslations } from "next-intl/server";

export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("typed")}</p>
      <p>{t("pasted")}</p>
      <p>
        <a href={`/${locale}`}>{t("home")}</a>
      </p>
    </>
  );
}
