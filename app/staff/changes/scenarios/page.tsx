import type { Metadata } from "next";
import { DESCRIPTION_MAX, listReferenceScenarios, type ListedScenario } from "@/lib/changes/reference-scenarios";
import { requireStaff } from "@/lib/staff/current-staff";
import { typedValues } from "@/lib/staff/form-flash";
import { publicTranslations, staffClock, staffTranslations } from "@/lib/staff/staff-i18n";
import { OUTCOMES } from "@/lib/visa/rules";
import { DataTable } from "@/ui/data-table";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { addScenario, deleteScenario } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("Scenarios"))("title") };
}

const NOTICES = ["added", "deleted", "notFound"] as const;
const FIELDS = ["description", "address", "expected"] as const;

/** The reference scenarios with the checker's answer today, and a form (no JavaScript needed) to add one. */
export default async function ScenariosPage({ searchParams }: PageProps<"/staff/changes/scenarios">) {
  const staff = await requireStaff("editor");
  const query = await searchParams;
  const [scenarios, t, common, visa, when, kept] = [
    await listReferenceScenarios(staff),
    await staffTranslations("Scenarios"),
    await staffTranslations("Common"),
    await publicTranslations("Visa"),
    await staffClock(),
    await typedValues("scenario:new", query),
  ];
  const outcome = (value: (typeof OUTCOMES)[number]) => visa(`outcomes.${value}.title`);
  // A refused form comes back with what was typed (see addScenario) and the field at fault.
  const typed = (name: (typeof FIELDS)[number]) => kept?.values[name] ?? "";
  const refused = FIELDS.filter((field) => kept?.errors.includes(field));
  const errorOf = (field: (typeof FIELDS)[number]) => (refused.includes(field) ? t(`notices.${field}`) : undefined);

  const origin = (scenario: ListedScenario) =>
    scenario.origin === "code"
      ? t("released")
      : `${scenario.creator ?? t("deletedAccount")} · ${when(scenario.createdAt)}`;
  const state = (scenario: ListedScenario) => {
    if (scenario.origin === "unreadable") return <strong className="tag">{t("unreadable")}</strong>;
    const answer = scenario.current.complete ? outcome(scenario.current.outcome) : t("incomplete");
    return (
      <>
        {answer}{" "}
        {scenario.differs ? (
          <strong className="tag">{t("differs")}</strong>
        ) : (
          <span className="tag tag--confirmed">{t("asExpected")}</span>
        )}
      </>
    );
  };

  return (
    <>
      <a className="back-link" href="/staff/changes">
        {t("back")}
      </a>
      <ErrorSummary
        title={common("errorSummaryTitle")}
        errors={refused.map((field) => ({ href: `#${field}`, text: t(`notices.${field}`) }))}
      />
      <Notice {...noticeFrom(query, Object.fromEntries(NOTICES.map((n) => [n, t(`notices.${n}`)])))} />
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <DataTable
        label={t("title")}
        columns={[
          t("columns.traveller"),
          t("columns.origin"),
          t("columns.expected"),
          t("columns.current"),
          t("columns.delete"),
        ]}
        empty={t("empty")}
        rows={scenarios.map((scenario) => (
          <tr key={scenario.id} id={`scenario-${scenario.id}`}>
            {/* The released scenarios are described in English (the rule tests' names); staff's in their own words. */}
            <th scope="row" {...(scenario.origin === "code" ? { lang: "en" } : { dir: "auto" })}>
              {scenario.description}
            </th>
            <td>{origin(scenario)}</td>
            <td>{scenario.origin === "unreadable" ? "" : outcome(scenario.expected)}</td>
            <td>{state(scenario)}</td>
            <td>
              {scenario.origin !== "code" && (
                <form action={deleteScenario}>
                  <input type="hidden" name="id" value={scenario.id} />
                  <button type="submit" className="button button--secondary">
                    {t("delete")}
                    <span className="visually-hidden" dir="auto">
                      {" "}
                      {scenario.description}
                    </span>
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      />

      <section aria-labelledby="add">
        <h2 id="add">{t("addTitle")}</h2>
        <form action={addScenario} noValidate>
          <FormGroup
            id="description"
            label={t("description")}
            hint={t("descriptionHint", { max: DESCRIPTION_MAX })}
            error={errorOf("description")}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => (
              <input
                className="input"
                maxLength={DESCRIPTION_MAX}
                defaultValue={typed("description")}
                dir="auto"
                {...props}
              />
            )}
          </FormGroup>
          <FormGroup
            id="address"
            label={t("address")}
            hint={t("addressHint")}
            error={errorOf("address")}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => (
              <textarea
                className="textarea ltr"
                rows={3}
                spellCheck={false}
                defaultValue={typed("address")}
                {...props}
              />
            )}
          </FormGroup>
          <FormGroup
            id="expected"
            label={t("expected")}
            error={errorOf("expected")}
            errorPrefix={common("errorPrefix")}
          >
            {(props) => (
              <select className="select" defaultValue={typed("expected")} {...props}>
                <option value="">{t("choose")}</option>
                {OUTCOMES.map((value) => (
                  <option key={value} value={value}>
                    {outcome(value)}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
          <button type="submit" className="button">
            {t("add")}
          </button>
        </form>
      </section>
    </>
  );
}
