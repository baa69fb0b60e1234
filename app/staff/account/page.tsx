import type { Metadata } from "next";
import QRCode from "qrcode";
import { STAFF_LOCALE_NAMES, STAFF_LOCALES } from "@/i18n/staff-locales";
import { twoFactorSetup } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { totpUri } from "@/lib/staff/two-factor";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { changePassword, chooseLanguage, startTwoFactor, turnOnTwoFactor } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Account"))("title") };
}

const NOTICES = ["password", "twoFactor", "language", "currentPassword", "newPassword", "code"] as const;

export default async function AccountPage({ searchParams }: PageProps<"/staff/account">) {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const query = await searchParams;
  const [t, common, security, locale] = [
    await staffTranslations("Account"),
    await staffTranslations("Common"),
    await staffTranslations("Security"),
    await staffLocale(),
  ];
  const messages: Record<string, string> = {
    ...Object.fromEntries(NOTICES.map((n) => [n, t(`notices.${n}`, { min: MIN_PASSWORD_LENGTH })])),
    weakPassword: security("weakPassword"),
    setupPassword: security("setupPasswordWrong"),
  };
  const required = staff.role === "admin" ? security("adminNeedsTwoFactor") : t("notices.required");
  const notice =
    query.setup === "required" ? ({ kind: "error", text: required } as const) : noticeFrom(query, messages);
  const setup = await twoFactorSetup(staff);
  const passwordError =
    query.error === "newPassword" || query.error === "currentPassword" || query.error === "weakPassword"
      ? messages[query.error]
      : undefined;

  return (
    <>
      <Notice {...notice} />
      <h1>{t("title")}</h1>
      <p>
        {staff.name}, <span className="ltr">{staff.email}</span> ({t(`roles.${staff.role}`)})
      </p>

      <section aria-labelledby="language">
        <h2 id="language">{t("languageTitle")}</h2>
        <form action={chooseLanguage}>
          <fieldset className="form-group">
            <legend className="label">{t("languageLegend")}</legend>
            <p className="hint">{t("languageHint")}</p>
            <div className="radios">
              {STAFF_LOCALES.map((l, i) => (
                <div className="radio" key={l}>
                  <input
                    type="radio"
                    id={i === 0 ? "language-choice" : `language-${l}`}
                    name="language"
                    value={l}
                    defaultChecked={l === locale}
                  />
                  <label htmlFor={i === 0 ? "language-choice" : `language-${l}`} lang={l}>
                    {STAFF_LOCALE_NAMES[l]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button button--secondary">
            {t("languageButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="two-factor">
        <h2 id="two-factor">{t("twoFactorTitle")}</h2>
        {setup.state === "enabled" ? (
          <p>{t("twoFactorOn")}</p>
        ) : setup.state === "off" ? (
          <>
            <p>{security("setupIntro")}</p>
            <form action={startTwoFactor} noValidate>
              <FormGroup
                id="setupPassword"
                label={security("setupPassword")}
                error={query.error === "setupPassword" ? messages.setupPassword : undefined}
                errorPrefix={common("errorPrefix")}
              >
                {(props) => <input className="input" type="password" autoComplete="current-password" {...props} />}
              </FormGroup>
              <button type="submit" className="button">
                {security("setupStart")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>{t("twoFactorLead")}</p>
            <ol>
              <li>{t("twoFactorScan")}</li>
              <li>{t("twoFactorEnter")}</li>
            </ol>
            {/* An SVG drawn on the server from our own data: no script and no external request. */}
            <div
              className="qr"
              role="img"
              aria-label={t("qrLabel")}
              dangerouslySetInnerHTML={{
                __html: await QRCode.toString(totpUri(setup.secret, staff.email), { type: "svg", margin: 2 }),
              }}
            />
            <p>
              {t("twoFactorKey")} <code className="ltr">{setup.secret.match(/.{1,4}/g)!.join(" ")}</code>
            </p>
            <form action={turnOnTwoFactor} noValidate>
              <FormGroup
                id="code"
                label={t("codeLabel")}
                error={query.error === "code" ? messages.code : undefined}
                errorPrefix={common("errorPrefix")}
              >
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
                {t("twoFactorButton")}
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="password">
        <h2 id="password">{t("passwordTitle")}</h2>
        <form action={changePassword} noValidate>
          <FormGroup
            id="currentPassword"
            label={t("currentPassword")}
            error={query.error === "currentPassword" ? passwordError : undefined}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => <input className="input" type="password" autoComplete="current-password" {...props} />}
          </FormGroup>
          <FormGroup
            id="newPassword"
            label={t("newPassword")}
            hint={t("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
            error={query.error === "newPassword" || query.error === "weakPassword" ? passwordError : undefined}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t("passwordButton")}
          </button>
        </form>
      </section>
    </>
  );
}
