import { getTranslations } from "next-intl/server";

/** What every booking page says: free, no agents, Islamabad time, and whether the schedule is demo mode's example. */
export async function AppointmentNotes({ demo }: { demo: boolean }) {
  const t = await getTranslations("Appointments.pages");
  return (
    <>
      {demo && (
        <div className="warning">
          <p>{t("demo")}</p>
        </div>
      )}
      <p className="inset">
        <strong>{t("free")}</strong>
      </p>
      <p className="muted">{t("timeZone")}</p>
    </>
  );
}
