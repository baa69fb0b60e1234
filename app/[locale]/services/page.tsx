import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { SERVICES } from "@/lib/services/catalogue";
import { Link } from "@/i18n/navigation";

export const generateMetadata = metadataFrom({
  title: "Services.title",
  description: "Services.lead",
  path: "/services",
});

export default async function ServicesPage({ params }: PageProps<"/[locale]/services">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Services");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="inset">
        <p>{t("since2023")}</p>
      </div>
      <ul className="cards">
        {SERVICES.map((service) => (
          <li className="card" key={service.slug}>
            <h2>
              <Link locale={locale} href={`/services/${service.slug}`}>
                {t(`items.${service.slug}.title`)}
              </Link>
            </h2>
            <p>{t(`items.${service.slug}.summary`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
