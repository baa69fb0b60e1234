import { getTranslations } from "next-intl/server";
import { withdraw } from "@/[locale]/track/actions";
import { trackPath } from "@/lib/requests/track-paths";
import { FormGroup } from "../form-group";

/** The link on the request's page: withdrawing always passes through the confirmation page. */
export async function WithdrawLink({ locale, reference }: { locale: string; reference: string }) {
  const t = await getTranslations("Requests.track");
  return (
    <section aria-labelledby="withdraw">
      <h2 id="withdraw">{t("withdrawTitle")}</h2>
      <p>{t("withdrawHint")}</p>
      <a className="button button--secondary" href={trackPath(locale, { request: reference, withdraw: true })}>
        {t("withdrawButton")}
      </a>
    </section>
  );
}

/** The confirmation step: an optional reason, the confirming button, and the way back. */
export async function WithdrawConfirmation({
  locale,
  reference,
  error,
}: {
  locale: string;
  reference: string;
  error: string | null;
}) {
  const t = await getTranslations("Requests");
  return (
    <form action={withdraw} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      <p>{t("track.withdrawConfirmBody")}</p>
      <FormGroup
        id="reason"
        label={t("track.withdrawReason")}
        hint={t("track.withdrawReasonHint")}
        error={error ? t(`errors.${error}` as "errors.tooLong") : undefined}
        errorPrefix={t("form.errorTitlePrefix")}
      >
        {(control) => <textarea className="textarea" {...control} rows={3} />}
      </FormGroup>
      <div className="button-group">
        <button type="submit" className="button button--warning">
          {t("track.withdrawConfirm")}
        </button>
        <a href={trackPath(locale, { request: reference })}>{t("track.withdrawCancel")}</a>
      </div>
    </form>
  );
}
