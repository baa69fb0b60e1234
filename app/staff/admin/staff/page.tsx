import type { Metadata } from "next";
import { listStaff, ROLES } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { typedValues } from "@/lib/staff/form-flash";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { addStaffMember } from "../actions";
import { DataTable } from "@/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await staffTranslations("AdminStaff"))("title") };
}

/** Which field each refusal belongs to ("exists": the e-mail address is taken; "weakPassword": a common password). */
const FIELDS = {
  email: "email",
  name: "name",
  role: "role",
  password: "password",
  exists: "email",
  weakPassword: "password",
} as const;
type Refusal = keyof typeof FIELDS;

export default async function StaffListPage({ searchParams }: PageProps<"/staff/admin/staff">) {
  const admin = await requireStaff("admin");
  const query = await searchParams;
  const [t, common, security, people, typed] = [
    await staffTranslations("AdminStaff"),
    await staffTranslations("Common"),
    await staffTranslations("Security"),
    await listStaff(admin),
    await typedValues("staff:new", query),
  ];
  const refusals = (typed?.errors ?? []).filter((e): e is Refusal => e in FIELDS);
  // A common password is the security messages' refusal (the summary showed its raw key until message keys were typed).
  const textOf = (refusal: Refusal) =>
    refusal === "weakPassword" ? security("weakPassword") : t(`errors.${refusal}`, { min: MIN_PASSWORD_LENGTH });
  const errorOf = (field: string) => {
    const refusal = refusals.find((r) => FIELDS[r] === field);
    return refusal ? textOf(refusal) : undefined;
  };

  return (
    <>
      <ErrorSummary
        title={common("errorSummaryTitle")}
        errors={refusals.map((r) => ({ href: `#${FIELDS[r]}`, text: textOf(r) }))}
      />
      <h1>{t("title")}</h1>
      <DataTable
        label={t("tableLabel")}
        columns={[t("columns.name"), t("columns.email"), t("columns.role"), t("columns.twoFactor"), t("columns.state")]}
        empty={t("empty")}
        rows={people.map((person) => (
          <tr key={person.id}>
            <td>
              <a href={`/staff/admin/staff/${person.id}`}>{person.name}</a>
            </td>
            <td className="ltr">{person.email}</td>
            <td>{t(`roles.${person.role === "admin" ? "admin" : "officer"}`)}</td>
            <td>{t(`twoFactor.${person.totpEnabled ? "on" : person.totpRequired ? "required" : "off"}`)}</td>
            <td>{t(`state.${person.disabled ? "disabled" : person.throttled ? "locked" : "active"}`)}</td>
          </tr>
        ))}
      />

      <h2>{t("addTitle")}</h2>
      <form action={addStaffMember} noValidate>
        <FormGroup id="name" label={t("name")} error={errorOf("name")} errorPrefix={common("errorPrefix")}>
          {(props) => <input className="input" autoComplete="off" defaultValue={typed?.values.name ?? ""} {...props} />}
        </FormGroup>
        <FormGroup id="email" label={t("email")} error={errorOf("email")} errorPrefix={common("errorPrefix")}>
          {(props) => (
            <input
              className="input"
              type="email"
              autoComplete="off"
              spellCheck={false}
              defaultValue={typed?.values.email ?? ""}
              {...props}
            />
          )}
        </FormGroup>
        <FormGroup
          id="role"
          label={t("role")}
          hint={t("roleHint")}
          error={errorOf("role")}
          errorPrefix={common("errorPrefix")}
        >
          {(props) => (
            <select className="select" defaultValue={typed?.values.role || "officer"} {...props}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup
          id="password"
          label={t("password")}
          hint={t("passwordHint")}
          error={errorOf("password")}
          errorPrefix={common("errorPrefix")}
        >
          {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
        </FormGroup>
        <button type="submit" className="button">
          {t("add")}
        </button>
      </form>
    </>
  );
}
