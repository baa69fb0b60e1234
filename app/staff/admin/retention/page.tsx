import type { Metadata } from "next";
import { formatEmbassyTime } from "@/lib/embassy-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { countDueForDeletion, retentionCutoff } from "@/lib/staff/retention";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { Notice } from "@/ui/notice";
import { runRetention } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Retention"))("title") };
}

export default async function RetentionPage({ searchParams }: PageProps<"/staff/admin/retention">) {
  await requireStaff("admin");
  const now = new Date();
  const [{ days, cutoff }, due] = await Promise.all([retentionCutoff(now), countDueForDeletion(now)]);
  const [t, locale] = [await staffTranslations("Retention"), await staffLocale()];
  const deleted = Number((await searchParams).deleted);
  return (
    <>
      <Notice
        kind="done"
        text={Number.isInteger(deleted) && deleted >= 0 ? t("deleted", { count: deleted }) : undefined}
      />
      <h1>{t("title")}</h1>
      <p>
        {t.rich("lead", { days, setting: (chunks) => <a href="/staff/admin/settings/retention.days">{chunks}</a> })}
      </p>
      <p>
        {t.rich("due", {
          day: formatEmbassyTime(cutoff, locale, { time: false }),
          count: due,
          code: (chunks) => <code>{chunks}</code>,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <form action={runRetention}>
        <button type="submit" className="button button--secondary" disabled={due === 0}>
          {t("button", { count: due })}
        </button>
      </form>
    </>
  );
}
