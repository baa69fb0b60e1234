import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("typed")}</p>
      <p>{t("pasted")}</p>
      <p>
        <Link locale={locale} href="/">
          {t("home")}
        </Link>
      </p>
    </>
  );
}
