import type { Metadata } from "next";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toSearchParams } from "@/lib/search-params";
import { isNumberField, type AnswerField } from "@/lib/visa/answers";
import { readRules } from "@/lib/rules/current";
import { isPage, isQuestion, pageOf, resolveQuestionPage, stepUrl, SUBMITTED } from "@/lib/visa/wizard";
import { ErrorSummary } from "@/ui/error-summary";
import { QuestionInput } from "@/ui/check/question-input";
import { DatabaseUnavailable, databaseUnavailableMetadata, unlessDatabaseDown } from "@/ui/database-unavailable";
import { dataKeys } from "@/i18n/message-keys";
import { getPathname } from "@/i18n/navigation";

type Props = PageProps<"/[locale]/check/[question]">;

/** Questions with a single control (a label); the rest are groups of radios (a legend). */
const isSingleControl = (field: AnswerField) =>
  field === "nationality" || field === "travelDate" || isNumberField(field);

async function resolve({ params, searchParams }: Props) {
  const { locale, question } = await params;
  const query = toSearchParams(await searchParams);
  // An address of one question (from before questions shared pages) goes to the page that asks it.
  if (isQuestion(question) && !isPage(question))
    redirect(getPathname({ locale, href: `/check/${pageOf(question)}?${query}` }));
  if (!isPage(question)) redirect(getPathname({ locale, href: "/check" }));
  const rules = await readRules(query.get("travelDate"));
  const page = resolveQuestionPage(locale, question, query, rules);
  if (page.kind === "redirect") redirect(page.to);
  return { locale, id: question, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return databaseUnavailableMetadata((await props.params).locale);
  const { locale, id, page } = resolved;
  const t = await getTranslations({ locale, namespace: "Visa" });
  const title =
    page.fields.length === 1 ? dataKeys(t)(`questions.${page.fields[0]}.title`) : dataKeys(t)(`questionPages.${id}`);
  return { title: page.errors.length > 0 ? `${t("errorTitlePrefix")} ${title}` : title, robots: { index: false } };
}

export default async function QuestionPage(props: Props) {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return <DatabaseUnavailable locale={(await props.params).locale} />;
  const { locale, id, page } = resolved;
  setRequestLocale(locale);
  const t = await getTranslations("Visa");
  const index = page.pages.findIndex((p) => p.id === id);
  const previous = page.pages[index - 1];
  const backHref = previous ? stepUrl(locale, previous.id, page.answers) : getPathname({ locale, href: "/check" });
  const hidden = Object.entries(page.answers).filter(([field]) => !page.fields.includes(field as AnswerField));
  const errorOf = (field: AnswerField) => (page.errors.some((e) => e.param === field) ? t(`errors.${field}`) : null);
  // One question: its question is the page's heading. Several: the page has its own heading and each question is a smaller one.
  const alone = page.fields.length === 1;

  const question = (field: AnswerField) => {
    const title = t(`questions.${field}.title`);
    const hasHint = dataKeys(t).has(`questions.${field}.hint`);
    const errorText = errorOf(field);
    const errorId = errorText ? `${field}-error` : undefined;
    const heading = (content: ReactNode) =>
      alone ? <h1>{content}</h1> : <h2 className="question-title">{content}</h2>;
    const hint = hasHint ? (
      <p className="hint" id={`${field}-hint`}>
        {dataKeys(t)(`questions.${field}.hint`)}
      </p>
    ) : null;
    const error = errorText ? (
      <p className="error-message" id={errorId}>
        <span className="visually-hidden">{t("errorTitlePrefix")} </span>
        {errorText}
      </p>
    ) : null;
    return (
      <div key={field} className={`form-group${errorText ? " form-group--error" : ""}`}>
        {isSingleControl(field) ? (
          <>
            {heading(<label htmlFor={field}>{title}</label>)}
            {hint}
            {error}
            <QuestionInput field={field} current={page.current[field] ?? ""} errorId={errorId} />
          </>
        ) : (
          <fieldset
            aria-describedby={[hasHint ? `${field}-hint` : null, errorId].filter(Boolean).join(" ") || undefined}
          >
            <legend>{heading(title)}</legend>
            {hint}
            {error}
            <QuestionInput field={field} current={page.current[field] ?? ""} />
          </fieldset>
        )}
      </div>
    );
  };

  const errors = page.errors.map((e) => ({ href: `#${e.param}`, text: t(`errors.${e.param}`) }));
  return (
    <>
      <a className="back-link" href={backHref}>
        {t("back")}
      </a>
      <ErrorSummary title={t("errorSummary")} errors={errors} />
      {!alone && <h1>{dataKeys(t)(`questionPages.${id}`)}</h1>}
      <form method="get" action={getPathname({ locale, href: `/check/${id}` })} noValidate>
        {hidden.map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={String(value)} />
        ))}
        <input type="hidden" name={SUBMITTED} value={id} />
        {page.fields.map(question)}
        <button type="submit" className="button">
          {t("continue")}
        </button>
      </form>
    </>
  );
}
