import { getTranslations } from "next-intl/server";
import { EMBASSY_MFA_PAGE, emergencyPhone } from "@/lib/embassy-contact";
import { readSettings } from "@/lib/settings/read-settings";
import { VerificationTag } from "./verification-tag";

export const OFFICIAL_WEBSITE = EMBASSY_MFA_PAGE;

/** "telephone the Embassy at once on …", or where to turn while no number is entered. */
export async function reachEmbassyInEmergency(): Promise<string> {
  const t = await getTranslations("Contacts.reachEmbassy");
  const phone = emergencyPhone(await readSettings());
  return phone ? t("phone", { phone }) : t("noPhone");
}

const CONTACT_FIELDS = [
  ["embassy.address", "address"],
  ["embassy.phone", "phone"],
  ["embassy.emergencyPhone", "emergencyPhone"],
  ["embassy.email", "email"],
  ["embassy.hours", "hours"],
] as const;

/**
 * The Embassy's contact details as the Embassy has entered them (admin → Settings).
 * The fact base holds no address or phone number, so nothing is shown that the
 * Embassy has not entered itself; until then the official website is the way in.
 */
export async function ContactDetails() {
  const t = await getTranslations("Contacts");
  const settings = await readSettings();
  const filled = CONTACT_FIELDS.filter(([key]) => settings[key].value !== "");

  return (
    <>
      {filled.length > 0 ? (
        <dl className="summary-list">
          {filled.map(([key, label]) => {
            const entry = settings[key];
            const value = entry.value;
            return (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>
                  {key === "embassy.email" ? (
                    <a className="ltr" href={`mailto:${value}`}>
                      {value}
                    </a>
                  ) : key.endsWith("hone") ? (
                    <a className="ltr" href={`tel:${value.replace(/[^\d+]/g, "")}`}>
                      {value}
                    </a>
                  ) : (
                    value
                  )}
                </dd>
                <dd>
                  <VerificationTag status={entry.status} reviewedAt={entry.reviewedAt} />
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p>{t("notPublished")}</p>
      )}
      <p>
        {t("officialWebsite")}{" "}
        <a className="ltr" href={OFFICIAL_WEBSITE}>
          pakistan.mfa.gov.by
        </a>
      </p>
    </>
  );
}
