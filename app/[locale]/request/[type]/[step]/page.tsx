import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HONEYPOT } from "@/lib/requests/bot-check";
import { partName, partsInError } from "@/lib/requests/date-parts";
import { currentDraft } from "@/lib/requests/draft-cookie";
import { listDraftFiles } from "@/lib/requests/draft-files";
import { answerNames, ATTACHMENTS, CHECK, pageBefore, pagesOf } from "@/lib/requests/journey";
import { isRequestType, REQUEST_DEFINITIONS, stepsOf, type RequestType } from "@/lib/requests/types";
import { MAX_FILE_BYTES } from "@/lib/requests/uploads";
import { readSettings } from "@/lib/settings/read-settings";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { fieldErrorText } from "@/ui/request/field-error-text";
import { QuestionField } from "@/ui/request/question-field";
import { FileInput } from "@/ui/request/file-input";
import { removeFile, saveStep, sendRequest, uploadFile, uploadFileAndContinue } from "../../actions";
import { DatabaseUnavailable, databaseUnavailableMetadata, unlessDatabaseDown } from "@/ui/database-unavailable";
import { dataKeys } from "@/i18n/message-keys";
import { Link, getPathname, redirect } from "@/i18n/navigation";
import { Notice } from "@/ui/notice";

type Props = PageProps<"/[locale]/request/[type]/[step]">;

async function resolve({ params, searchParams }: Props) {
  const { locale, type, step } = await params;
  if (!isRequestType(type) || !pagesOf(type).includes(step)) redirect({ locale, href: "/request" });
  const draft = await currentDraft(type);
  if (!draft) redirect({ locale, href: `/request/${type}?expired=1` });
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
  return {
    title: `${failed ? `${t("form.errorTitlePrefix")} ` : ""}${dataKeys(t)(`steps.${step}`)}`,
    robots: { index: false },
  };
}

export default async function RequestStepPage(props: Props) {
  const resolved = await unlessDatabaseDown(resolve(props));
  if (!resolved) return <DatabaseUnavailable locale={(await props.params).locale} />;
  const { locale, type, step, draft, query, errors } = resolved;
  setRequestLocale(locale);
  const t = await getTranslations("Requests");
  const before = pageBefore(type, step);
  const back = before
    ? getPathname({ locale, href: `/request/${type}/${before}` })
    : getPathname({ locale, href: `/request/${type}` });
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="type" value={type} />
    </>
  );

  const page =
    step === ATTACHMENTS ? (
      <AttachmentsPage
        type={type}
        draftId={draft.id}
        error={typeof query.error === "string" && UPLOAD_ERRORS.has(query.error) ? query.error : null}
        hidden={hidden}
      />
    ) : step === CHECK ? (
      <CheckPage
        locale={locale}
        type={type}
        answers={draft.data.answers}
        draftId={draft.id}
        checker={draft.data.checker}
        invalid={!!query.invalid}
        limited={!!query.limited}
        again={!!query.again}
        hidden={hidden}
      />
    ) : (
      <QuestionPage
        type={type}
        step={step}
        answers={draft.data.answers}
        errors={errors}
        returnTo={query.returnTo === CHECK ? CHECK : ""}
        hidden={hidden}
      />
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

async function QuestionPage(props: {
  type: RequestType;
  step: string;
  answers: Record<string, string>;
  errors: Record<string, string>;
  returnTo: string;
  hidden: React.ReactNode;
}) {
  const t = await getTranslations("Requests");
  const step = stepsOf(props.type).find((s) => s.id === props.step)!;
  const summary = step.fields
    .filter((f) => props.errors[f.name])
    .map((f) => ({
      href: `#${f.kind === "date" ? partName(f.name, partsInError(props.errors[f.name])[0]!) : f.name}`,
      text: fieldErrorText(t, f.name, props.errors[f.name]!),
    }));
  return (
    <>
      <ErrorSummary title={t("form.errorSummary")} errors={summary} />
      <h1>{dataKeys(t)(`steps.${props.step}`)}</h1>
      <form action={saveStep} noValidate>
        {props.hidden}
        <input type="hidden" name="step" value={props.step} />
        <input type="hidden" name="returnTo" value={props.returnTo} />
        {step.fields.map((field) => (
          <QuestionField key={field.name} field={field} answers={props.answers} error={props.errors[field.name]} />
        ))}
        <button type="submit" className="button">
          {t("form.saveAndContinue")}
        </button>
      </form>
    </>
  );
}

/** The error codes the attachments page shows: its action's, and serve.ts's for a body over the limit. */
const UPLOAD_ERRORS = new Set(["fileMissing", "fileTooLarge", "fileType", "tooManyFiles", "draftQuota", "uploadLimit"]);

async function AttachmentsPage(props: {
  type: RequestType;
  draftId: string;
  error: string | null;
  hidden: React.ReactNode;
}) {
  const t = await getTranslations("Requests");
  const files = await listDraftFiles(props.draftId);
  const errorText = props.error ? dataKeys(t)(`errors.${props.error}`) : null;
  return (
    <>
      <ErrorSummary title={t("form.errorSummary")} errors={errorText ? [{ href: "#file", text: errorText }] : []} />
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
      {/* One form: Continue sends a chosen file too, so pressing it never drops the file. */}
      <form action={uploadFile} encType="multipart/form-data">
        {props.hidden}
        <FormGroup
          id="file"
          label={t("attachments.file")}
          hint={t("attachments.hint")}
          error={errorText}
          errorPrefix={t("form.errorTitlePrefix")}
        >
          {(control) => (
            <FileInput
              control={control}
              maxBytes={MAX_FILE_BYTES}
              tooLarge={t("errors.fileTooLarge")}
              errorPrefix={t("form.errorTitlePrefix")}
            />
          )}
        </FormGroup>
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t("attachments.upload")}
          </button>
          <button type="submit" className="button" formAction={uploadFileAndContinue}>
            {t("form.continue")}
          </button>
        </div>
      </form>
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
  again: boolean;
  hidden: React.ReactNode;
}) {
  const t = await getTranslations("Requests");
  const shell = await getTranslations("Shell");
  const settings = await readSettings();
  const files = REQUEST_DEFINITIONS[props.type].attachments ? await listDraftFiles(props.draftId) : null;
  const filesUrl = getPathname({ locale: props.locale, href: `/request/${props.type}/${ATTACHMENTS}` });
  const answerText = (field: ReturnType<typeof stepsOf>[number]["fields"][number]) => {
    const value =
      field.kind === "date"
        ? answerNames(field)
            .map((name) => props.answers[name] ?? "")
            .join(" ")
            .trim() ||
          (props.answers[field.name] ?? "")
        : (props.answers[field.name] ?? "");
    if (!value) return t("form.notAnswered");
    return field.kind === "radio" ? dataKeys(t)(`fields.${field.name}.options.${value}`) : value;
  };
  return (
    <>
      <ErrorSummary
        title={t("form.errorSummary")}
        errors={props.invalid ? [{ href: "#declaration", text: t("errors.declaration") }] : []}
      />
      {props.limited && <Notice kind="error" text={t("errors.tooManyRequests")} />}
      {props.again && <Notice kind="error" text={t("errors.sendAgain")} />}
      <h1>{t("steps.check")}</h1>
      {stepsOf(props.type).map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <h2 id={`check-${step.id}`}>{dataKeys(t)(`steps.${step.id}`)}</h2>
          <dl className="summary-list">
            {step.fields.map((field) => (
              <div key={field.name}>
                <dt>{dataKeys(t)(`fields.${field.name}.label`)}</dt>
                <dd dir="auto" className="pre-line">
                  {answerText(field)}
                </dd>
                <dd>
                  <a
                    href={getPathname({
                      locale: props.locale,
                      href: `/request/${props.type}/${step.id}?returnTo=${CHECK}#${field.name}`,
                    })}
                  >
                    {t("form.change")}
                    <span className="visually-hidden"> {dataKeys(t)(`fields.${field.name}.label`)}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {files && (
        <section aria-labelledby="check-files">
          <h2 id="check-files">{t("check.files")}</h2>
          <dl className="summary-list">
            <div>
              <dt>{t("check.files")}</dt>
              <dd dir="auto">
                {files.length === 0 ? (
                  t("check.noFiles")
                ) : (
                  <ul className="plain-list">
                    {files.map((file) => (
                      <li key={file.id}>{file.filename}</li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd>
                <a href={filesUrl}>
                  {files.length === 0 ? t("check.addFile") : t("form.change")}
                  <span className="visually-hidden"> {t("check.files")}</span>
                </a>
              </dd>
            </div>
          </dl>
        </section>
      )}
      {props.checker && (
        <section aria-labelledby="check-checker">
          <h2 id="check-checker">{t("check.checkerAnswers")}</h2>
          <p>
            <Link locale={props.locale} href={`/check/result?${props.checker}`}>
              {t("check.checkerAnswers")}
            </Link>
          </p>
        </section>
      )}
      <h2>{t("check.declarationTitle")}</h2>
      <p>
        {t("check.retention", { days: settings["retention.days"].value })}{" "}
        <Link locale={props.locale} href="/privacy">
          {shell("footer.privacy")}
        </Link>
      </p>
      <form action={sendRequest} noValidate>
        {props.hidden}
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
            <input
              type="checkbox"
              id="declaration"
              name="declaration"
              value="yes"
              aria-describedby={props.invalid ? "declaration-error" : undefined}
            />
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
