import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { REQUEST_TYPES } from "@/lib/requests/types";
import { Link } from "@/i18n/navigation";

export const generateMetadata = metadataFrom({
  title: "Requests.choose.title",
  description: "Requests.choose.lead",
  path: "/request",
});

export default async function ChooseRequestPage({ params }: PageProps<"/[locale]/request">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests");
  return (
    <>
      <h1>{t("choose.title")}</h1>
      <p className="lead">{t("choose.lead")}</p>
      <ul className="cards">
        {REQUEST_TYPES.map((type) => (
          <li className="card" key={type}>
            <h2>
              <Link locale={locale} href={`/request/${type}`}>
                {t(`types.${type}.title`)}
              </Link>
            </h2>
            <p>{t(`types.${type}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
