import { getTranslations } from "next-intl/server";
import { requestNewCode } from "@/[locale]/track/actions";
import { FormGroup } from "../form-group";
import { referenceTag } from "../message-tags";

export async function NewCodeForm({
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
    <form action={requestNewCode} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p>{t("newCode.lead")}</p>
      <FormGroup
        id="reference"
        label={t("track.reference")}
        hint={t.rich("track.referenceHint", referenceTag)}
        error={error ? t("newCode.invalid") : undefined}
        errorPrefix={t("form.errorTitlePrefix")}
      >
        {(control) => (
          <input
            className="input input--narrow"
            {...control}
            defaultValue={reference}
            dir="ltr"
            autoCapitalize="characters"
            spellCheck={false}
          />
        )}
      </FormGroup>
      <FormGroup id="email" label={t("newCode.email")}>
        {(control) => (
          <input className="input" {...control} type="email" dir="ltr" autoComplete="email" spellCheck={false} />
        )}
      </FormGroup>
      <button type="submit" className="button">
        {t("newCode.button")}
      </button>
      <p>{t("newCode.noEmail")}</p>
    </form>
  );
}
