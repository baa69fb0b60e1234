import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findStaff, ROLES } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { changeStaffAccess, resetStaffPassword, resetStaffTwoFactor } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("AdminMember"))("title") };
}

const NOTICES = ["created", "access", "password", "twoFactor", "lastAdmin", "notFound", "role"] as const;

export default async function StaffMemberPage({ params, searchParams }: PageProps<"/staff/admin/staff/[id]">) {
  const admin = await requireStaff("admin");
  const person = await findStaff(admin, (await params).id);
  if (!person) redirect("/staff/admin/staff");
  const query = await searchParams;
  const [t, roles, common, locale, security] = [
    await staffTranslations("AdminMember"),
    await staffTranslations("AdminStaff"),
    await staffTranslations("Common"),
    await staffLocale(),
    await staffTranslations("Security"),
  ];
  const passwordError =
    query.error === "password"
      ? t("passwordError", { min: MIN_PASSWORD_LENGTH })
      : query.error === "weakPassword"
        ? security("weakPassword")
        : undefined;

  return (
    <>
      <a className="back-link" href="/staff/admin/staff">
        {t("back")}
      </a>
      <ErrorSummary
        title={common("errorSummaryTitle")}
        errors={passwordError ? [{ href: "#password", text: passwordError }] : []}
      />
      <Notice
        {...noticeFrom(query, {
          ...Object.fromEntries(NOTICES.map((n) => [n, t(`notices.${n}`)])),
          needsTwoFactor: security("needsTwoFactor"),
        })}
      />
      <h1>{person.name}</h1>
      <p>
        <span className="ltr">{person.email}</span> ·{" "}
        {t("since", { day: formatEmbassyTime(person.createdAt, locale, { time: false }) })}
      </p>

      <section aria-labelledby="access">
        <h2 id="access">{t("accessTitle")}</h2>
        <form action={changeStaffAccess}>
          <input type="hidden" name="id" value={person.id} />
          <FormGroup id="role" label={t("role")}>
            {(props) => (
              <select className="select" defaultValue={person.role} {...props}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roles(`roles.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
          <div className="form-group radio">
            <input
              type="checkbox"
              id="totpRequired"
              name="totpRequired"
              value="1"
              defaultChecked={person.totpRequired}
            />
            <label htmlFor="totpRequired">{t("requireTwoFactor")}</label>
          </div>
          <div className="form-group radio">
            <input
              type="checkbox"
              id="editor"
              name="editor"
              value="1"
              defaultChecked={person.editor}
              aria-describedby="editor-hint"
            />
            <label htmlFor="editor">{t("editor")}</label>
            <p className="hint" id="editor-hint">
              {t("editorHint")}
            </p>
          </div>
          <div className="form-group radio">
            <input type="checkbox" id="disabled" name="disabled" value="1" defaultChecked={person.disabled} />
            <label htmlFor="disabled">{t("disabled")}</label>
          </div>
          <button type="submit" className="button">
            {t("saveAccess")}
          </button>
        </form>
      </section>

      <section aria-labelledby="reset-password">
        <h2 id="reset-password">{t("resetTitle")}</h2>
        <form action={resetStaffPassword} noValidate>
          <input type="hidden" name="id" value={person.id} />
          <FormGroup
            id="password"
            label={t("newPassword")}
            hint={t("newPasswordHint")}
            error={passwordError}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t("resetButton")}
          </button>
        </form>
      </section>

      {person.totpEnabled && (
        <section aria-labelledby="reset-two-factor">
          <h2 id="reset-two-factor">{t("twoFactorTitle")}</h2>
          <p>{t("twoFactorOn")}</p>
          <form action={resetStaffTwoFactor}>
            <input type="hidden" name="id" value={person.id} />
            <button type="submit" className="button button--secondary">
              {t("twoFactorReset")}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
