import { getTranslations, setRequestLocale } from "next-intl/server";
import { trackPath } from "@/lib/requests/track-paths";
import { metadataFrom } from "@/ui/page-title";
import { NewCodeForm } from "@/ui/track/new-code-form";
import { fieldError, TrackNotice } from "@/ui/track/track-notice";

type Props = PageProps<"/[locale]/track/new-code">;

export async function generateMetadata(props: Props) {
  const query = await props.searchParams;
  return metadataFrom(
    { title: "Requests.newCode.title", description: "Requests.newCode.lead" },
    query.reference || query.outcome ? { robots: { index: false } } : {},
  )(props);
}

/** The lost-code journey: reference and e-mail address in, a new code out by e-mail. Reads no database. */
export default async function NewCodePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.newCode");
  const query = await searchParams;
  const reference = typeof query.reference === "string" ? query.reference.slice(0, 40) : "";
  const outcome = typeof query.outcome === "string" ? query.outcome : "";
  return (
    <>
      <a className="back-link" href={trackPath(locale, { reference })}>
        {t("back")}
      </a>
      <h1>{t("title")}</h1>
      <TrackNotice outcome={outcome} />
      <NewCodeForm locale={locale} reference={reference} error={fieldError(outcome)} />
    </>
  );
}
