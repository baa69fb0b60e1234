import type { Metadata } from "next";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { SETTING_KEYS } from "@/lib/settings/definitions";
import { readSettings } from "@/lib/settings/read-settings";
import { requireStaff } from "@/lib/staff/current-staff";
import { settingWords, staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DataTable } from "@/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Settings"))("title") };
}

export default async function SettingsPage() {
  await requireStaff("admin");
  const [settings, t, locale, words] = [
    await readSettings(),
    await staffTranslations("Settings"),
    await staffLocale(),
    await settingWords(),
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <DataTable
        label={t("title")}
        columns={[t("columns.setting"), t("columns.value"), t("columns.status")]}
        empty={t("empty")}
        rows={SETTING_KEYS.map((key) => {
          const { value, status, reviewedAt } = settings[key];
          return (
            <tr key={key}>
              <td>
                <a href={`/staff/admin/settings/${key}`}>{words.name(key)}</a> <span className="muted ltr">{key}</span>
              </td>
              <td dir="auto">{words.value(value)}</td>
              <td>
                {status === "confirmed"
                  ? t("confirmedOn", { day: reviewedAt ? formatEmbassyTime(reviewedAt, locale, { time: false }) : "" })
                  : t("toBeConfirmed")}
              </td>
            </tr>
          );
        })}
      />
    </>
  );
}
