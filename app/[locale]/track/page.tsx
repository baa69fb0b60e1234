import { getTranslations, setRequestLocale } from "next-intl/server";
import { metadataFrom } from "@/ui/page-title";
import { LookUpForm } from "@/ui/track/look-up-form";
import { TrackNotice } from "@/ui/track/track-notice";

type Props = PageProps<"/[locale]/track">;

// The look-up form is a way into the service, for search engines too; with a reference or an
// outcome in the address it is someone's, and not indexed.
export async function generateMetadata(props: Props) {
  const query = await props.searchParams;
  const someones = query.reference || query.outcome;
  return metadataFrom(
    { title: "Requests.track.title", description: "Requests.track.lead", path: someones ? undefined : "/track" },
    someones ? { robots: { index: false } } : {},
  )(props);
}

/** Tracking, step one: the reference (from a link or typed) and the access code, posted. Reads no database. */
export default async function TrackPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Requests.track");
  const query = await searchParams;
  const reference = typeof query.reference === "string" ? query.reference.slice(0, 40) : "";
  const outcome = typeof query.outcome === "string" ? query.outcome : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <TrackNotice outcome={outcome} />
      <LookUpForm locale={locale} reference={reference} />
    </>
  );
}
