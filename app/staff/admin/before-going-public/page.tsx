import type { Metadata } from "next";
import { SETTING_DEFINITIONS } from "@/lib/settings/definitions";
import { goingPublicChecklist } from "@/lib/settings/before-going-public";
import { readSettings } from "@/lib/settings/read-settings";
import { requireStaff } from "@/lib/staff/current-staff";
import { settingWords, staffTranslations } from "@/lib/staff/staff-i18n";
import { DataTable } from "@/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("BeforePublic"))("title") };
}

/** Everything the Embassy must enter or confirm before the service goes public, each with a link to do it. */
export default async function BeforeGoingPublicPage() {
  await requireStaff("admin");
  const [t, words] = [await staffTranslations("BeforePublic"), await settingWords()];
  const { empty, toConfirm } = goingPublicChecklist(await readSettings());
  const row = (key: (typeof empty)[number], action: string) => (
    <tr key={key}>
      <td>
        <a href={`/staff/admin/settings/${key}`}>
          {action}: {words.name(key)}
        </a>
      </td>
      <td dir="auto">{SETTING_DEFINITIONS[key].source}</td>
    </tr>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        {empty.length === 0 && toConfirm.length === 0
          ? t("allDone")
          : t("counts", { empty: empty.length, toConfirm: toConfirm.length })}
      </p>

      <h2 id="empty">{t("emptyTitle")}</h2>
      <p>{t("emptyHint")}</p>
      <DataTable
        label={t("emptyTitle")}
        columns={[t("setting"), t("source")]}
        empty={t("noneEmpty")}
        rows={empty.map((key) => row(key, t("set")))}
      />

      <h2 id="to-confirm">{t("toConfirmTitle")}</h2>
      <p>{t("toConfirmHint")}</p>
      <DataTable
        label={t("toConfirmTitle")}
        columns={[t("setting"), t("source")]}
        empty={t("noneToConfirm")}
        rows={toConfirm.map((key) => row(key, t("confirm")))}
      />
    </>
  );
}
