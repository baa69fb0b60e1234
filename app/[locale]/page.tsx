import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { Link } from "@/i18n/navigation";

// The title is the service's name alone (app/[locale]/layout.tsx).
export const generateMetadata = metadataFrom({ description: "Home.lead", path: "/" });

const START_POINTS = ["check", "visas", "services", "request", "track", "contacts"] as const;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="cards">
        {START_POINTS.map((key) => (
          <li className="card" key={key}>
            <h2>
              <Link locale={locale} href={`/${key}`}>
                {t(`cards.${key}.title`)}
              </Link>
            </h2>
            <p>{t(`cards.${key}.body`)}</p>
          </li>
        ))}
      </ul>
      <h2>{t("whoTitle")}</h2>
      <ul>
        <li>{t("who.pakistanis")}</li>
        <li>{t("who.belarusians")}</li>
        <li>{t("who.residents")}</li>
      </ul>
      <div className="inset">
        <p>{t("sourcesNote")}</p>
      </div>
    </>
  );
}
