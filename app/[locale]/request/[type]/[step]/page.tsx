import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { currentDraft, HONEYPOT, SHOWN_AT, shownAtToken } from "@/lib/requests/draft-cookie";
import { ATTACHMENTS, CHECK, pageBefore, pagesOf } from "@/lib/requests/journey";
import { isRequestType, stepsOf, type RequestType } from "@/lib/requests/types";
import { readSettings } from "@/lib/settings/read-settings";
import { ErrorSummary } from "@/ui/error-summary";
import { QuestionField } from "@/ui/request/question-field";
import { removeFile, saveStep, sendRequest, uploadFile } from "../../actions";
import { DatabaseUnavailable, databaseUnavailableMetadata, unlessDatabaseDown } from "@/ui/database-unavailable";

type Props = PageProps<"/[locale]/request/[type]/[step]">;

async function resolve({ params, searchParams }: Props) {
  const { locale, type, step } = await params;
  if (!isRequestType(type) || !pagesOf(type).includes(step)) redirect(`/${locale}/request`);
  const draft = await currentDraft(type);
  if (!draft) redirect(`/${locale}/request/${type}?expired=1`);
  const query = await searchParams;
  const errors = query.invalid ? (draft.data.errors[step] ?? {}) : {};
  return { locale, type, step, draft, query, errors };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return databaseUnavailableMetadata((await props.params).locale);
  const { locale, step, errors, query } = resolved;
  const t = await getTranslations({ locale, namespace: "Requests" });
  const failed = Object.keys(errors).length > 0 || (step === CHECK && query.invalid) || query.error;
  return { title: `${failed ? `${t("form.errorTitlePrefix")} ` : ""}${t(`steps.${step}`)}`, robots: { index: false } };
}

export default async function RequestStepPage(props: Props) {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return <DatabaseUnavailable locale={(await props.params).locale} />;
  const { locale, type, step, draft, query, errors } = resolved;
  setRequestLocale(locale);
  const t = await getTranslations("Requests");
  const before = pageBefore(type, step);
  const back = before ? `/${locale}/request/${type}/${before}` : `/${locale}/request/${type}`;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="type" value={type} />
    </>
  );

  const page =
    step === ATTACHMENTS ? (
      <AttachmentsPage type={type} draftId={draft.id} error={typeof query.error === "string" ? query.error : null} hidden={hidden} next={`/${locale}/request/${type}/${CHECK}`} />
    ) : step === CHECK ? (
      <CheckPage locale={locale} type={type} answers={draft.data.answers} draftId={draft.id} checker={draft.data.checker} invalid={!!query.invalid} limited={!!query.limited} hidden={hidden} />
    ) : (
      <QuestionPage type={type} step={step} answers={draft.data.answers} errors={errors} returnTo={query.returnTo === CHECK ? CHECK : ""} hidden={hidden} />
    );
  return (
    <>
      <a className="back-link" href={back}>
        {t("form.back")}
      </a>
      <p className="muted">{t(`types.${type}.title`)}</p>
      {page}
    </>
  );
}

async function QuestionPage(props: { type: RequestType; step: string; answers: Record<string, string>; errors: Record<string, string>; returnTo: string; hidden: React.ReactNode }) {
  const t = await getTranslations("Requests");
  const step = stepsOf(props.type).find((s) => s.id === props.step)!;
  const summary = step.fields
    .filter((f) => props.errors[f.name])
    .map((f) => ({ href: `#${f.name}`, text: t(`errors.${props.errors[f.name]}`) }));
  return (
    <>
      <ErrorSummary title={t("form.errorSummary")} errors={summary} />
      <h1>{t(`steps.${props.step}`)}</h1>
      <form action={saveStep} noValidate>
        {props.hidden}
        <input type="hidden" name="step" value={props.step} />
        <input type="hidden" name="returnTo" value={props.returnTo} />
        {step.fields.map((field) => (
          <QuestionField key={field.name} field={field} value={props.answers[field.name] ?? ""} error={props.errors[field.name]} />
        ))}
        <button type="submit" className="button">
          {t("form.saveAndContinue")}
        </button>
      </form>
    </>
  );
}

async function AttachmentsPage(props: { type: RequestType; draftId: string; error: string | null; hidden: React.ReactNode; next: string }) {
  const t = await getTranslations("Requests");
  const files = await db.attachment.findMany({ where: { draftId: props.draftId }, select: { id: true, filename: true, size: true }, orderBy: { createdAt: "asc" } });
  return (
    <>
      <ErrorSummary title={t("form.errorSummary")} errors={props.error ? [{ href: "#file", text: t(`errors.${props.error}`) }] : []} />
      <h1>{t("steps.attachments")}</h1>
      <p>{t("attachments.lead")}</p>
      <h2>{t("attachments.attached")}</h2>
      {files.length === 0 ? (
        <p>{t("attachments.none")}</p>
      ) : (
        <ul className="plain-list">
          {files.map((file) => (
            <li key={file.id}>
              <form action={removeFile}>
                {props.hidden}
                <input type="hidden" name="attachment" value={file.id} />
                <span dir="auto">{file.filename}</span>{" "}
                <button type="submit" className="button button--secondary">
                  {t("attachments.remove")}
                  <span className="visually-hidden"> {file.filename}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={uploadFile} encType="multipart/form-data">
        {props.hidden}
        <div className={`form-group${props.error ? " form-group--error" : ""}`}>
          <label className="label" htmlFor="file">
            {t("attachments.file")}
          </label>
          <p className="hint" id="file-hint">
            {t("attachments.hint")}
          </p>
          {props.error && (
            <p className="error-message" id="file-error">
              <span className="visually-hidden">{t("form.errorTitlePrefix")} </span>
              {t(`errors.${props.error}`)}
            </p>
          )}
          <input className="input" type="file" id="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={props.error ? "file-hint file-error" : "file-hint"} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("attachments.upload")}
        </button>
      </form>
      <p>
        <a className="button" href={props.next}>
          {t("form.continue")}
        </a>
      </p>
    </>
  );
}

async function CheckPage(props: {
  locale: string;
  type: RequestType;
  answers: Record<string, string>;
  draftId: string;
  checker?: string;
  invalid: boolean;
  limited: boolean;
  hidden: React.ReactNode;
}) {
  const t = await getTranslations("Requests");
  const shell = await getTranslations("Shell");
  const settings = await readSettings();
  const files = await db.attachment.findMany({ where: { draftId: props.draftId }, select: { id: true, filename: true } });
  const answerText = (field: ReturnType<typeof stepsOf>[number]["fields"][number]) => {
    const value = props.answers[field.name] ?? "";
    if (!value) return t("form.notAnswered");
    return field.kind === "radio" ? t(`fields.${field.name}.options.${value}`) : value;
  };
  return (
    <>
      <ErrorSummary title={t("form.errorSummary")} errors={props.invalid ? [{ href: "#declaration", text: t("errors.declaration") }] : []} />
      {props.limited && (
        <div className="warning" role="alert">
          <p>{t("errors.tooManyRequests")}</p>
        </div>
      )}
      <h1>{t("steps.check")}</h1>
      {stepsOf(props.type).map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <h2 id={`check-${step.id}`}>{t(`steps.${step.id}`)}</h2>
          <dl className="summary-list">
            {step.fields.map((field) => (
              <div key={field.name}>
                <dt>{t(`fields.${field.name}.label`)}</dt>
                <dd dir="auto" className="pre-line">
                  {answerText(field)}
                </dd>
                <dd>
                  <a href={`/${props.locale}/request/${props.type}/${step.id}?returnTo=${CHECK}#${field.name}`}>
                    {t("form.change")}
                    <span className="visually-hidden"> {t(`fields.${field.name}.label`)}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {files.length > 0 && (
        <section aria-labelledby="check-files">
          <h2 id="check-files">{t("check.files")}</h2>
          <ul>
            {files.map((file) => (
              <li key={file.id} dir="auto">
                {file.filename}
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.checker && (
        <section aria-labelledby="check-checker">
          <h2 id="check-checker">{t("check.checkerAnswers")}</h2>
          <p>
            <a href={`/${props.locale}/check/result?${props.checker}`}>{t("check.checkerAnswers")}</a>
          </p>
        </section>
      )}
      <h2>{t("check.declarationTitle")}</h2>
      <p>
        {t("check.retention", { days: settings["retention.days"].value })} <a href={`/${props.locale}/privacy`}>{shell("footer.privacy")}</a>
      </p>
      <form action={sendRequest} noValidate>
        {props.hidden}
        <input type="hidden" name={SHOWN_AT} value={shownAtToken()} />
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={HONEYPOT}>{t("form.honeypot")}</label>
          <input type="text" id={HONEYPOT} name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className={`form-group${props.invalid ? " form-group--error" : ""}`}>
          {props.invalid && (
            <p className="error-message" id="declaration-error">
              <span className="visually-hidden">{t("form.errorTitlePrefix")} </span>
              {t("errors.declaration")}
            </p>
          )}
          <div className="radio">
            <input type="checkbox" id="declaration" name="declaration" value="yes" aria-describedby={props.invalid ? "declaration-error" : undefined} />
            <label htmlFor="declaration">{t("fields.declaration.label")}</label>
          </div>
        </div>
        <button type="submit" className="button">
          {t("check.send")}
        </button>
      </form>
    </>
  );
}
