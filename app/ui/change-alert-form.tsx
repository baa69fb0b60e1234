import { getLocale, getTranslations } from "next-intl/server";
import { requestChangeAlert } from "@/[locale]/changes/actions";
import type { Topic } from "@/lib/changes/content-blocks";
import { Link } from "@/i18n/navigation";

/** "Tell me if this changes": an e-mail address for one rule or page (double opt-in, lib/changes/alerts.ts). */
export async function ChangeAlertForm({ topic }: { topic: Topic }) {
  const t = await getTranslations("Changes.alerts");
  const locale = await getLocale();
  return (
    <section aria-labelledby="change-alert" className="no-print">
      <h2 id="change-alert">{t("title")}</h2>
      <p>{t("lead")}</p>
      <form action={requestChangeAlert}>
        <input type="hidden" name="topic" value={topic} />
        <input type="hidden" name="locale" value={locale} />
        <div className="form-group">
          <label className="label" htmlFor="change-alert-email">
            {t("email")}
          </label>
          <input
            className="input"
            id="change-alert-email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            required
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t("submit")}
        </button>
      </form>
      <p className="muted">
        <Link locale={locale} href="/privacy">
          {t("privacy")}
        </Link>
      </p>
    </section>
  );
}
