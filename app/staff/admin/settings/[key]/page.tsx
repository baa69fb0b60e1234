import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { parseStoredValue, SETTING_DEFINITIONS, settingChoices } from "@/lib/settings/definitions";
import { readSettings } from "@/lib/settings/read-settings";
import { isSettingKey, settingHistory } from "@/lib/settings/update-setting";
import { requireStaff } from "@/lib/staff/current-staff";
import { typedValues } from "@/lib/staff/form-flash";
import { settingWords, staffClock, staffTranslations } from "@/lib/staff/staff-i18n";
import { staffNames } from "@/lib/staff/staff-names";
import { ErrorSummary } from "@/ui/error-summary";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";
import { Notice } from "@/ui/notice";
import { saveSetting } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Setting"))("title") };
}

export default async function SettingPage({ params, searchParams }: PageProps<"/staff/admin/settings/[key]">) {
  const admin = await requireStaff("admin");
  const key = decodeURIComponent((await params).key);
  if (!isSettingKey(key)) redirect("/staff/admin/settings");
  const query = await searchParams;
  const [settings, history, typed] = await Promise.all([
    readSettings(),
    settingHistory(admin, key),
    typedValues(`setting:${key}`, query),
  ]);
  const [t, common, when, names, words] = [
    await staffTranslations("Setting"),
    await staffTranslations("Common"),
    await staffClock(),
    await staffNames(history.map((h) => h.changedById)),
    await settingWords(),
  ];
  const entry = settings[key];
  const choices = settingChoices(key);
  const isRule = key.startsWith("rule.");
  const error = typed?.errors.includes("value") ? t("valueError") : undefined;
  const status = typed?.values.status ?? entry.status;
  const hint = isRule
    ? t("hints.rule")
    : choices
      ? undefined
      : typeof SETTING_DEFINITIONS[key].default === "number" || SETTING_DEFINITIONS[key].default === null
        ? t("hints.number")
        : t("hints.text");

  return (
    <>
      <a className="back-link" href="/staff/admin/settings">
        {t("back")}
      </a>
      <ErrorSummary title={common("errorSummaryTitle")} errors={error ? [{ href: "#value", text: error }] : []} />
      <Notice kind="done" text={query.done === "saved" ? t("saved") : undefined} />
      <h1>{words.name(key)}</h1>
      <p className="muted ltr">{key}</p>
      <p className="muted">
        {t("source")} <span lang="en">{SETTING_DEFINITIONS[key].source}</span>
      </p>
      <form action={saveSetting} noValidate>
        <input type="hidden" name="key" value={key} />
        {isRule ? (
          <input type="hidden" name="value" value="" />
        ) : (
          <FormGroup id="value" label={t("value")} hint={hint} error={error} errorPrefix={common("errorPrefix")}>
            {(props) =>
              choices ? (
                <select className="select" defaultValue={typed?.values.value ?? String(entry.value)} {...props}>
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {words.choice(choice)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  className="input"
                  defaultValue={typed?.values.value ?? (entry.value === null ? "" : String(entry.value))}
                  dir="auto"
                  {...props}
                />
              )
            }
          </FormGroup>
        )}
        <fieldset className="form-group">
          <legend className="label">{t("confirmedLegend")}</legend>
          <div className="radios">
            <div className="radio">
              <input type="radio" id="status" name="status" value="confirmed" defaultChecked={status === "confirmed"} />
              <label htmlFor="status">{t("confirmed")}</label>
            </div>
            <div className="radio">
              <input
                type="radio"
                id="status-tbc"
                name="status"
                value="to_be_confirmed"
                defaultChecked={status !== "confirmed"}
              />
              <label htmlFor="status-tbc">{t("toBeConfirmed")}</label>
            </div>
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t("save")}
        </button>
      </form>

      <h2>{t("history")}</h2>
      <DataTable
        label={t("history")}
        columns={[t("columns.when"), t("columns.value"), t("columns.status"), t("columns.by")]}
        empty={t("neverChanged")}
        rows={history.map((change) => (
          <tr key={change.id}>
            <td>{when(change.changedAt)}</td>
            <td dir="auto">{words.value(parseStoredValue(key, change.value))}</td>
            <td>{change.status === "confirmed" ? t("confirmedShort") : t("toBeConfirmed")}</td>
            <td>
              {change.changedById ? (
                <a href={`/staff/admin/audit?actor=${change.changedById}`}>
                  {names.get(change.changedById) ?? change.changedById}
                </a>
              ) : (
                t("shell")
              )}
            </td>
          </tr>
        ))}
      />
    </>
  );
}
