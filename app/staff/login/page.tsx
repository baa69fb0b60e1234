import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { STAFF_LOCALE_NAMES, STAFF_LOCALES } from "@/i18n/staff-locales";
import { currentStaff } from "@/lib/staff/current-staff";
import { keptValues } from "@/lib/staff/form-flash";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { chooseStaffLanguage, logIn } from "../actions";

const ERRORS = ["invalid", "locked", "limited"] as const;
type LoginError = (typeof ERRORS)[number];
const loginError = (value: unknown): LoginError | undefined => ERRORS.find((e) => e === value);

export async function generateMetadata({ searchParams }: PageProps<"/staff/login">): Promise<Metadata> {
  const [t, common] = [await staffTranslations("Login"), await staffTranslations("Common")];
  return { title: loginError((await searchParams).error) ? common("errorTitle", { title: t("title") }) : t("title") };
}

export default async function LoginPage({ searchParams }: PageProps<"/staff/login">) {
  if (await currentStaff()) redirect("/staff/requests");
  const [t, common, layout, locale] = [
    await staffTranslations("Login"),
    await staffTranslations("Common"),
    await staffTranslations("Layout"),
    await staffLocale(),
  ];
  const error = loginError((await searchParams).error);
  const typedEmail = error ? ((await keptValues("login"))?.values.email ?? "") : "";
  return (
    <>
      <ErrorSummary
        title={common("errorSummaryTitle")}
        errors={error ? [{ href: "#email", text: t(`errors.${error}`) }] : []}
      />
      <h1>{t("title")}</h1>
      <form action={logIn} noValidate>
        <div className="form-group">
          <label className="label" htmlFor="email">
            {t("email")}
          </label>
          <input
            className="input"
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={typedEmail}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="password">
            {t("password")}
          </label>
          <input className="input" id="password" name="password" type="password" autoComplete="current-password" />
        </div>
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      <form action={chooseStaffLanguage} className="language-switcher" aria-label={layout("languageLabel")}>
        <ul>
          {STAFF_LOCALES.filter((l) => l !== locale).map((l) => (
            <li key={l}>
              <button type="submit" name="language" value={l} lang={l} className="link-button">
                {STAFF_LOCALE_NAMES[l]}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </>
  );
}
