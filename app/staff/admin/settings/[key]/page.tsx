import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { parseStoredValue, SETTING_DEFINITIONS, settingChoices, settingText } from "@/lib/settings/definitions";
import { readSettings } from "@/lib/settings/read-settings";
import { isSettingKey, settingHistory } from "@/lib/settings/update-setting";
import { requireStaff } from "@/lib/staff/current-staff";
import { ErrorSummary } from "@/ui/error-summary";
import { DataTable } from "@/ui/data-table";
import { FormGroup } from "@/ui/form-group";
import { Notice } from "@/ui/notice";
import { saveSetting } from "../../actions";

export const metadata: Metadata = { title: "Change a setting" };

const VALUE_ERROR = "That value is not allowed for this setting: see the hint";

export default async function SettingPage({ params, searchParams }: PageProps<"/staff/admin/settings/[key]">) {
  const admin = await requireStaff("admin");
  const key = decodeURIComponent((await params).key);
  if (!isSettingKey(key)) redirect("/staff/admin/settings");
  const query = await searchParams;
  const [settings, history] = await Promise.all([readSettings(), settingHistory(admin, key)]);
  const entry = settings[key];
  const choices = settingChoices(key);
  const isRule = key.startsWith("rule.");
  const error = query.error === "value" ? VALUE_ERROR : undefined;
  const hint = isRule
    ? "This entry holds no value: it records whether the Embassy has confirmed the rule."
    : choices
      ? undefined
      : typeof SETTING_DEFINITIONS[key].default === "number" || SETTING_DEFINITIONS[key].default === null
        ? "A number. Leave it empty if there is none."
        : "Text as the public should read it. Leave it empty if there is none.";

  return (
    <>
      <a className="back-link" href="/staff/admin/settings">
        All settings
      </a>
      <ErrorSummary title="There is a problem" errors={error ? [{ href: "#value", text: error }] : []} />
      <Notice kind="done" text={query.done === "saved" ? "Saved. The public pages show the new value." : undefined} />
      <h1 className="ltr">{key}</h1>
      <p className="muted">Source of the default: {SETTING_DEFINITIONS[key].source}</p>
      <form action={saveSetting} noValidate>
        <input type="hidden" name="key" value={key} />
        {isRule ? (
          <input type="hidden" name="value" value="" />
        ) : (
          <FormGroup id="value" label="Value" hint={hint} error={error}>
            {(props) =>
              choices ? (
                <select className="select" defaultValue={String(entry.value)} {...props}>
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choice.replace(/_/g, " ")}
                    </option>
                  ))}
                </select>
              ) : (
                <input className="input" defaultValue={entry.value === null ? "" : String(entry.value)} dir="auto" {...props} />
              )
            }
          </FormGroup>
        )}
        <fieldset className="form-group">
          <legend className="label">Has the Embassy confirmed it?</legend>
          <div className="radios">
            <div className="radio">
              <input type="radio" id="status" name="status" value="confirmed" defaultChecked={entry.status === "confirmed"} />
              <label htmlFor="status">Confirmed (dated today)</label>
            </div>
            <div className="radio">
              <input type="radio" id="status-tbc" name="status" value="to_be_confirmed" defaultChecked={entry.status !== "confirmed"} />
              <label htmlFor="status-tbc">To be confirmed</label>
            </div>
          </div>
        </fieldset>
        <button type="submit" className="button">
          Save
        </button>
      </form>

      <h2>History</h2>
      <DataTable
        label="History"
        columns={["When (UTC)", "Value", "Status", "By (staff id)"]}
        empty="Never changed: the value is the default."
        rows={history.map((change) => (
            <tr key={change.id}>
              <td>{change.changedAt.toISOString().replace("T", " ").slice(0, 16)}</td>
              <td dir="auto">{settingText(parseStoredValue(key, change.value))}</td>
              <td>{change.status.replace(/_/g, " ")}</td>
              <td>
                <a href={`/staff/admin/audit?actor=${change.changedById ?? ""}`}>{change.changedById ?? "shell"}</a>
              </td>
            </tr>
        ))}
      />
    </>
  );
}
