import { LOCALES, LOCALE_NAMES, directionOf } from "@/i18n/locales";
import { sourcesAsText, type ContentPayload, type Kind } from "@/lib/changes/payloads";
import { ruleExtraFields, type ChoiceLabels } from "@/lib/changes/rule-kind";
import { staffLocale, staffTranslations } from "@/lib/staff/staff-i18n";
import { FormGroup } from "@/ui/form-group";

type Verification = { status: string; checkedOn: string | null };

/**
 * The fields of a proposal, filled with what is in force (a new one) or what was proposed (a
 * revision): the reason and effective day, then a content block's text per language, or a
 * rule's parameters. Plain inputs: it works without JavaScript.
 */
export async function ProposalFields({
  kind,
  targetId,
  payload,
  reason = "",
  effectiveDay,
}: {
  kind: Kind;
  targetId: string;
  payload: unknown;
  reason?: string;
  effectiveDay: string;
}) {
  const t = await staffTranslations("Changes");
  const verification = (payload as { verification: Verification }).verification;
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetId" value={targetId} />
      <FormGroup id="reason" label={t("reason")} hint={t("reasonHint")}>
        {(props) => <textarea className="textarea" rows={3} defaultValue={reason} required {...props} />}
      </FormGroup>
      <FormGroup id="effectiveDay" label={t("effectiveDay")} hint={t("effectiveDayHint")}>
        {(props) => (
          <input className="input input--narrow" type="date" defaultValue={effectiveDay} required {...props} />
        )}
      </FormGroup>
      {kind === "content" ? (
        <ContentFields payload={payload as ContentPayload} />
      ) : (
        <RuleFields payload={payload as Record<string, unknown>} />
      )}
      <fieldset className="form-group">
        <legend className="label">{t("verification")}</legend>
        {(["to_be_confirmed", "confirmed"] as const).map((status) => (
          <div className="radio" key={status}>
            <input
              type="radio"
              id={`verification-${status}`}
              name="verification.status"
              value={status}
              defaultChecked={verification.status === status}
            />
            <label htmlFor={`verification-${status}`}>{t(`verificationStatus.${status}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormGroup id="verification.checkedOn" label={t("checkedOn")}>
        {(props) => (
          <input className="input input--narrow" type="date" defaultValue={verification.checkedOn ?? ""} {...props} />
        )}
      </FormGroup>
    </>
  );
}

async function ContentFields({ payload }: { payload: ContentPayload }) {
  const t = await staffTranslations("Changes");
  return (
    <>
      <p className="hint">{t("markdownHint")}</p>
      {LOCALES.map((locale) => (
        <FormGroup key={locale} id={`text.${locale}`} label={t("textIn", { language: LOCALE_NAMES[locale] })}>
          {(props) => (
            <textarea
              className="textarea"
              rows={5}
              lang={locale}
              dir={directionOf(locale)}
              defaultValue={payload.text[locale]}
              {...props}
            />
          )}
        </FormGroup>
      ))}
      <FormGroup id="sources" label={t("sources")} hint={t("sourcesHint")}>
        {(props) => (
          <textarea className="textarea" rows={3} dir="ltr" defaultValue={sourcesAsText(payload.sources)} {...props} />
        )}
      </FormGroup>
    </>
  );
}

async function RuleFields({ payload }: { payload: Record<string, unknown> }) {
  const t = await staffTranslations("Changes");
  const countries = new Intl.DisplayNames([await staffLocale()], { type: "region" });
  const label = (labels: ChoiceLabels, option: string) =>
    labels === "countries" ? (countries.of(option) ?? option) : t(`rule.entryPoints.${option}` as never);
  const notice = payload.notice as { from: string; text: Record<string, string | undefined> } | null;
  return (
    <>
      <FormGroup id="validFrom" label={t("rule.validFrom")} hint={t("rule.optionalDay")}>
        {(props) => (
          <input
            className="input input--narrow"
            type="date"
            defaultValue={(payload.validFrom as string | undefined) ?? ""}
            {...props}
          />
        )}
      </FormGroup>
      <FormGroup id="validTo" label={t("rule.validTo")} hint={t("rule.optionalDay")}>
        {(props) => (
          <input
            className="input input--narrow"
            type="date"
            defaultValue={(payload.validTo as string | undefined) ?? ""}
            {...props}
          />
        )}
      </FormGroup>
      <div className="form-group radio">
        <input type="checkbox" id="offered" name="offered" value="1" defaultChecked={payload.offered === true} />
        <label htmlFor="offered">{t("rule.offered")}</label>
      </div>
      {ruleExtraFields(payload).map((field) =>
        field.type === "choices" ? (
          <fieldset className="form-group" key={field.name}>
            <legend className="label">{t(`rule.fields.${field.name}` as never)}</legend>
            {field.options.map((option) => (
              <div className="radio" key={option}>
                <input
                  type="checkbox"
                  id={`${field.name}-${option}`}
                  name={field.name}
                  value={option}
                  defaultChecked={field.value.includes(option)}
                />
                <label htmlFor={`${field.name}-${option}`}>{label(field.labels, option)}</label>
              </div>
            ))}
          </fieldset>
        ) : (
          <FormGroup
            key={field.name}
            id={field.name}
            label={t(`rule.fields.${field.name}` as never)}
            hint={t("rule.numberHint")}
          >
            {(props) => (
              <input
                className="input input--narrow"
                inputMode="decimal"
                defaultValue={field.value === null ? "" : String(field.value)}
                {...props}
              />
            )}
          </FormGroup>
        ),
      )}
      <fieldset className="form-group">
        <legend className="label">{t("rule.notice")}</legend>
        <p className="hint">{t("rule.noticeHint")}</p>
        <FormGroup id="notice.from" label={t("rule.noticeFrom")}>
          {(props) => (
            <input className="input input--narrow" type="date" defaultValue={notice?.from ?? ""} {...props} />
          )}
        </FormGroup>
        {LOCALES.map((locale) => (
          <FormGroup key={locale} id={`notice.text.${locale}`} label={t("textIn", { language: LOCALE_NAMES[locale] })}>
            {(props) => (
              <textarea
                className="textarea"
                rows={2}
                lang={locale}
                dir={directionOf(locale)}
                defaultValue={notice?.text[locale] ?? ""}
                {...props}
              />
            )}
          </FormGroup>
        ))}
      </fieldset>
    </>
  );
}
