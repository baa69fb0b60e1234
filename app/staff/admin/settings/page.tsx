import type { Metadata } from "next";
import { SETTING_KEYS, settingText } from "@/lib/settings/definitions";
import { readSettings } from "@/lib/settings/read-settings";
import { requireStaff } from "@/lib/staff/current-staff";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireStaff("admin");
  const settings = await readSettings();
  return (
    <>
      <h1>Settings</h1>
      <p>
        Values the public pages and the eligibility checker read. Anything not confirmed is shown to the public as &ldquo;to be confirmed by the
        Embassy&rdquo;. A change appears on the public pages at once.
      </p>
      <div className="table-scroll" role="region" aria-label="Settings" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {SETTING_KEYS.map((key) => (
              <tr key={key}>
                <td>
                  <a href={`/staff/admin/settings/${key}`}>{key}</a>
                </td>
                <td dir="auto">{settingText(settings[key].value)}</td>
                <td>{settings[key].status === "confirmed" ? `confirmed ${settings[key].reviewedAt?.toISOString().slice(0, 10) ?? ""}` : "to be confirmed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
