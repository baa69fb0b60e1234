import { getTranslations } from "next-intl/server";
import { lookUp } from "@/[locale]/track/actions";
import { FormGroup } from "../form-group";
import { referenceTag } from "../message-tags";
import { getPathname } from "@/i18n/navigation";

/** The look-up: reference and access code, posted (never in the address), then the request's own page. */
export async function LookUpForm({ locale, reference }: { locale: string; reference: string }) {
  const t = await getTranslations("Requests.track");
  return (
    <form action={lookUp} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p>{t("lead")}</p>
      <FormGroup id="reference" label={t("reference")} hint={t.rich("referenceHint", referenceTag)}>
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
      <FormGroup id="code" label={t("code")}>
        {(control) => (
          <input
            className="input input--narrow"
            {...control}
            dir="ltr"
            autoCapitalize="characters"
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </FormGroup>
      <button type="submit" className="button">
        {t("button")}
      </button>
      <p>
        <a
          href={getPathname({
            locale,
            href: `/track/new-code${reference ? `?reference=${encodeURIComponent(reference)}` : ""}`,
          })}
        >
          {t("lostCode")}
        </a>
      </p>
    </form>
  );
}
