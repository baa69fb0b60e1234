import type { Metadata } from "next";
import { listProposals } from "@/lib/changes/proposals";
import { requireStaff } from "@/lib/staff/current-staff";
import { formatDay } from "@/lib/embassy-time";
import { staffClock, staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { DataTable } from "@/ui/data-table";
import { changeWords } from "./words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Changes"))("title") };
}

export default async function ChangesPage() {
  const staff = await requireStaff("editor");
  const [open, closed, words, when, locale] = [
    await listProposals(staff),
    await listProposals(staff, { open: false }),
    await changeWords(),
    await staffClock(),
    await staffLocale(),
  ];
  const { t } = words;
  const table = (label: string, rows: typeof open) => (
    <DataTable
      label={label}
      columns={[
        t("columns.target"),
        t("columns.effective"),
        t("columns.status"),
        t("columns.proposer"),
        t("columns.created"),
      ]}
      empty={t("empty")}
      rows={rows.map((row) => (
        <tr key={row.id}>
          <td>
            <a href={`/staff/changes/${row.id}`}>{words.target(row.kind, row.targetId)}</a>
          </td>
          <td>{formatDay(row.effectiveDay, locale)}</td>
          <td>{words.status(row.status)}</td>
          <td>{row.proposer}</td>
          <td>{when(row.createdAt)}</td>
        </tr>
      ))}
    />
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <p>
        <a className="button" href="/staff/changes/new">
          {t("propose")}
        </a>
      </p>
      <p>
        <a href="/staff/changes/scenarios">{t("scenariosLink")}</a>
      </p>
      <h2>{t("openTitle")}</h2>
      {table(t("openTitle"), open)}
      <h2>{t("doneTitle")}</h2>
      {table(t("doneTitle"), closed)}
    </>
  );
}
