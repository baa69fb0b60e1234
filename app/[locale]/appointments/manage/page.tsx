import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ManageAppointment } from "@/ui/appointments/manage-appointment";

export async function generateMetadata({ params }: PageProps<"/[locale]/appointments/manage">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Appointments.manage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ManagePage({ params, searchParams }: PageProps<"/[locale]/appointments/manage">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Appointments.manage");
  const query = await searchParams;
  const notice = typeof query.error === "string" ? query.error : typeof query.done === "string" ? query.done : undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      <ManageAppointment locale={locale} notice={notice} />
    </>
  );
}
