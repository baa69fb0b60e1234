import type { Metadata } from "next";
import { SETTING_KEYS, settingText } from "@/lib/settings/definitions";
import { readSettings } from "@/lib/settings/read-settings";
import { requireStaff } from "@/lib/staff/current-staff";
import { DataTable } from "@/ui/data-table";

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
      <DataTable
        label="Settings"
        columns={["Setting", "Value", "Status"]}
        empty="No settings."
        rows={SETTING_KEYS.map((key) => (
            <tr key={key}>
              <td>
                <a href={`/staff/admin/settings/${key}`}>{key}</a>
              </td>
              <td dir="auto">{settingText(settings[key].value)}</td>
              <td>{settings[key].status === "confirmed" ? `confirmed ${settings[key].reviewedAt?.toISOString().slice(0, 10) ?? ""}` : "to be confirmed"}</td>
            </tr>
        ))}
      />
    </>
  );
}
