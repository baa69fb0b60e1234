import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { REQUEST_DEFINITIONS, isRequestType } from "@/lib/requests/types";
import { startRequest } from "../actions";
import { redirect } from "@/i18n/navigation";
import { Notice } from "@/ui/notice";

type Props = PageProps<"/[locale]/request/[type]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, type } = await params;
  if (!isRequestType(type)) return {};
  const t = await getTranslations({ locale, namespace: "Requests.types" });
  return { title: t(`${type}.title`) };
}

export default async function RequestStartPage({ params, searchParams }: Props) {
  const { locale, type } = await params;
  if (!isRequestType(type)) redirect({ locale, href: "/request" });
  setRequestLocale(locale);
  const t = await getTranslations("Requests");
  const query = await searchParams;
  const checker = type === "general_inquiry" && typeof query.check === "string" ? query.check : "";
  const definition = REQUEST_DEFINITIONS[type];
  return (
    <>
      {query.limited && <Notice kind="error" text={t("errors.tooManyDrafts")} />}
      {query.expired && <Notice kind="error" text={t("errors.expired")} />}
      <h1>{t(`types.${type}.title`)}</h1>
      <p className="lead">{t(`types.${type}.description`)}</p>
      {definition.urgent && (
        <div className="warning">
          <p>{t("start.urgent")}</p>
        </div>
      )}
      <h2>{t("start.youWillNeed")}</h2>
      <ul>
        <li>{t("start.contact")}</li>
        {definition.attachments && <li>{t("start.files")}</li>}
      </ul>
      <p>{t("start.time")}</p>
      {checker && <p className="inset">{t("start.fromChecker")}</p>}
      <form action={startRequest}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="type" value={type} />
        {checker && <input type="hidden" name="checker" value={checker} />}
        <button type="submit" className="button">
          {t("start.button")}
        </button>
      </form>
    </>
  );
}
