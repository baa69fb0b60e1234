import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { getPathname } from "@/i18n/navigation";

export const generateMetadata = metadataFrom({
  title: "Visa.start.title",
  description: "Visa.start.lead",
  path: "/check",
});

export default async function CheckStartPage({ params }: PageProps<"/[locale]/check">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Visa.start");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("youWillBeAsked")}</p>
      <p>{t("result")}</p>
      <a className="button" href={getPathname({ locale, href: "/check/destination" })} role="button" draggable={false}>
        {t("button")}
      </a>
    </>
  );
}
