import { getTranslations } from "next-intl/server";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { answerEmbassy } from "@/[locale]/track/actions";
import type { TrackedRequest } from "@/lib/requests/track-request";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/requests/uploads";
import { FormGroup } from "../form-group";
import { FileInput } from "../request/file-input";

/**
 * The Embassy's latest question, then the answer box under it: several files at once, and a
 * further answer while the Embassy has not yet acted on the last one.
 */
export async function ReplyForm({
  locale,
  request,
  error,
}: {
  locale: string;
  request: TrackedRequest;
  error: string | null;
}) {
  const t = await getTranslations("Requests");
  const again = request.status !== "needs_information";
  const fileError = error && error.startsWith("file") ? error : error === "tooManyFiles" ? error : null;
  const textError = error && !fileError ? error : null;
  return (
    <section aria-labelledby="reply">
      {request.question && (
        <div className="question">
          <h2 id="question">{t("track.questionTitle")}</h2>
          <p className="muted">
            {t("track.questionAsked", { date: formatEmbassyTime(request.question.createdAt, locale) })}
          </p>
          <p dir="auto" className="pre-line question__body">
            {request.question.body}
          </p>
        </div>
      )}
      <h2 id="reply">{again ? t("track.replyAgainTitle") : t("track.replyTitle")}</h2>
      {again && <p>{t("track.replyAgainHint")}</p>}
      <form action={answerEmbassy} encType="multipart/form-data" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reference" value={request.reference} />
        <FormGroup
          id="answer"
          label={t("track.replyLabel")}
          error={textError ? t(`errors.${textError}` as "errors.required") : undefined}
          errorPrefix={t("form.errorTitlePrefix")}
        >
          {(control) => <textarea className="textarea" {...control} rows={5} />}
        </FormGroup>
        <FormGroup
          id="files"
          label={t("track.replyFiles")}
          hint={t("track.replyFilesHint", { count: MAX_FILES })}
          error={fileError ? t(`errors.${fileError}` as "errors.fileType") : undefined}
          errorPrefix={t("form.errorTitlePrefix")}
        >
          {(control) => (
            <FileInput
              control={control}
              multiple
              maxBytes={MAX_FILE_BYTES}
              tooLarge={t("errors.fileTooLarge")}
              errorPrefix={t("form.errorTitlePrefix")}
            />
          )}
        </FormGroup>
        <button type="submit" className="button">
          {t("track.replyButton")}
        </button>
      </form>
    </section>
  );
}
