import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toSearchParams } from "@/lib/search-params";
import { readSettings } from "@/lib/settings/read-settings";
import type { AnswerField } from "@/lib/visa/answers";
import { rulesFromSettings } from "@/lib/visa/rules-from-settings";
import { isQuestion, resolveQuestionPage, stepUrl, SUBMITTED } from "@/lib/visa/wizard";
import { ErrorSummary } from "@/ui/error-summary";
import { QuestionInput } from "@/ui/check/question-input";
import { DatabaseUnavailable, databaseUnavailableMetadata, unlessDatabaseDown } from "@/ui/database-unavailable";

type Props = PageProps<"/[locale]/check/[question]">;

/** Questions with a single control (a label); the rest are groups of radios (a legend). */
const SINGLE_CONTROL = new Set<AnswerField>(["nationality", "travelDate", "stayDays"]);

async function resolve({ params, searchParams }: Props) {
  const { locale, question } = await params;
  if (!isQuestion(question)) redirect(`/${locale}/check`);
  const rules = rulesFromSettings(await readSettings());
  const page = resolveQuestionPage(locale, question, toSearchParams(await searchParams), rules);
  if (page.kind === "redirect") redirect(page.to);
  return { locale, question, page };
}

function errorKey(field: AnswerField): string {
  return SINGLE_CONTROL.has(field) ? `errors.${field}` : "errors.required";
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return databaseUnavailableMetadata((await props.params).locale);
  const { locale, question, page } = resolved;
  const t = await getTranslations({ locale, namespace: "Visa" });
  const title = t(`questions.${question}.title`);
  return { title: page.error ? `${t("errorTitlePrefix")} ${title}` : title, robots: { index: false } };
}

export default async function QuestionPage(props: Props) {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return <DatabaseUnavailable locale={(await props.params).locale} />;
  const { locale, question, page } = resolved;
  setRequestLocale(locale);
  const t = await getTranslations("Visa");
  const index = page.asked.indexOf(question);
  const previous = page.asked[index - 1];
  const backHref = previous ? stepUrl(locale, previous, page.answers) : `/${locale}/check`;
  const hidden = Object.entries(page.answers).filter(([field]) => field !== question);
  const title = t(`questions.${question}.title`);
  const hasHint = t.has(`questions.${question}.hint`);
  const errorText = page.error ? t(errorKey(question)) : null;
  const errorId = page.error ? `${question}-error` : undefined;

  const hint = hasHint ? (
    <p className="hint" id={`${question}-hint`}>
      {t(`questions.${question}.hint`)}
    </p>
  ) : null;
  const error = errorText ? (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">{t("errorTitlePrefix")} </span>
      {errorText}
    </p>
  ) : null;

  return (
    <>
      <a className="back-link" href={backHref}>
        {t("back")}
      </a>
      <ErrorSummary title={t("errorSummary")} errors={errorText ? [{ href: `#${question}`, text: errorText }] : []} />
      <form method="get" action={`/${locale}/check/${question}`} noValidate>
        {hidden.map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={String(value)} />
        ))}
        <input type="hidden" name={SUBMITTED} value={question} />
        <div className={`form-group${errorText ? " form-group--error" : ""}`}>
          {SINGLE_CONTROL.has(question) ? (
            <>
              <h1>
                <label htmlFor={question}>{title}</label>
              </h1>
              {hint}
              {error}
              <QuestionInput field={question} current={page.current} errorId={errorId} />
            </>
          ) : (
            <fieldset aria-describedby={[hasHint ? `${question}-hint` : null, errorId].filter(Boolean).join(" ") || undefined}>
              <legend>
                <h1>{title}</h1>
              </legend>
              {hint}
              {error}
              <QuestionInput field={question} current={page.current} />
            </fieldset>
          )}
        </div>
        <button type="submit" className="button">
          {t("continue")}
        </button>
      </form>
    </>
  );
}
