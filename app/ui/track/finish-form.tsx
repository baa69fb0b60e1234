import { getTranslations } from "next-intl/server";
import { finish } from "@/[locale]/track/actions";

/** Ends the tracking session on this device: on a shared computer the next person sees nothing. */
export async function FinishForm({ locale }: { locale: string }) {
  const t = await getTranslations("Requests.track");
  return (
    <form action={finish} className="finish">
      <input type="hidden" name="locale" value={locale} />
      <p className="muted">{t("finishHint")}</p>
      <button type="submit" className="button button--secondary">
        {t("finishButton")}
      </button>
    </form>
  );
}
