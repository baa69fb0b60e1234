import type { Metadata } from "next";
import { listStaff, ROLES } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { ErrorSummary } from "@/ui/error-summary";
import { FormGroup } from "@/ui/form-group";
import { addStaffMember } from "../actions";
import { DataTable } from "@/ui/data-table";

export const metadata: Metadata = { title: "Staff" };

const ERRORS = (security: Awaited<ReturnType<typeof staffTranslations>>): Record<string, { field: string; text: string }> => ({
  email: { field: "email", text: "Enter an e-mail address, like name@example.by" },
  name: { field: "name", text: "Enter the person's name" },
  role: { field: "role", text: "Choose a role" },
  password: { field: "password", text: `Enter a first password of at least ${MIN_PASSWORD_LENGTH} characters` },
  exists: { field: "email", text: "There is already an account with this e-mail address" },
  weakPassword: { field: "password", text: security("weakPassword") },
});

export default async function StaffListPage({ searchParams }: PageProps<"/staff/admin/staff">) {
  const admin = await requireStaff("admin");
  const code = (await searchParams).error;
  const error = typeof code === "string" ? ERRORS(await staffTranslations("Security"))[code] : undefined;
  const people = await listStaff(admin);

  return (
    <>
      <ErrorSummary title="There is a problem" errors={error ? [{ href: `#${error.field}`, text: error.text }] : []} />
      <h1>Staff</h1>
      <DataTable
        label="Staff accounts"
        columns={["Name", "E-mail", "Role", "Second factor", "State"]}
        empty="No staff accounts."
        rows={people.map((person) => (
            <tr key={person.id}>
              <td>
                <a href={`/staff/admin/staff/${person.id}`}>{person.name}</a>
              </td>
              <td>{person.email}</td>
              <td>{person.role}</td>
              <td>{person.totpEnabled ? "on" : person.totpRequired ? "required, not set up" : "off"}</td>
              <td>{person.disabled ? "disabled" : person.throttled ? "locked" : "active"}</td>
            </tr>
        ))}
      />

      <h2>Add a member of staff</h2>
      <form action={addStaffMember} noValidate>
        <FormGroup id="name" label="Name" error={error?.field === "name" ? error.text : undefined}>
          {(props) => <input className="input" autoComplete="off" {...props} />}
        </FormGroup>
        <FormGroup id="email" label="E-mail address" error={error?.field === "email" ? error.text : undefined}>
          {(props) => <input className="input" type="email" autoComplete="off" spellCheck={false} {...props} />}
        </FormGroup>
        <FormGroup id="role" label="Role" hint="Officers work on requests; admins also manage staff, settings and retention." error={error?.field === "role" ? error.text : undefined}>
          {(props) => (
            <select className="select" defaultValue="officer" {...props}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        <FormGroup
          id="password"
          label="First password"
          hint="Give it to the person in person; they should change it on their account page."
          error={error?.field === "password" ? error.text : undefined}
        >
          {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
        </FormGroup>
        <button type="submit" className="button">
          Add
        </button>
      </form>
    </>
  );
}
