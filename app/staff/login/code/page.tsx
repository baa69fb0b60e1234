import type { Metadata } from "next";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { enterCode } from "../../actions";

export async function generateMetadata({ searchParams }: PageProps<"/staff/login/code">): Promise<Metadata> {
  const [t, common] = [await staffTranslations("LoginCode"), await staffTranslations("Common")];
  return { title: (await searchParams).error ? common("errorTitle", { title: t("title") }) : t("title") };
}

// Reached after the password when the account has an authenticator app; the challenge cookie says whose.
export default async function CodePage({ searchParams }: PageProps<"/staff/login/code">) {
  const [t, common] = [await staffTranslations("LoginCode"), await staffTranslations("Common")];
  const error = (await searchParams).error ? t("wrong") : undefined;
  return (
    <>
      <ErrorSummary title={common("errorSummaryTitle")} errors={error ? [{ href: "#code", text: error }] : []} />
      <h1>{t("title")}</h1>
      <form action={enterCode} noValidate>
        <FormGroup id="code" label={t("label")} hint={t("hint")} error={error} errorPrefix={common("errorPrefix")}>
          {(props) => (
            <input
              className="input input--narrow"
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              {...props}
            />
          )}
        </FormGroup>
        <button type="submit" className="button">
          {common("continue")}
        </button>
      </form>
      <p>
        <a href="/staff/login">{t("startAgain")}</a>
      </p>
    </>
  );
}
