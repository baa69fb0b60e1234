import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findStaff, ROLES } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { changeStaffAccess, resetStaffPassword, resetStaffTwoFactor } from "../../actions";

export const metadata: Metadata = { title: "Member of staff" };

const MESSAGES = (security: Awaited<ReturnType<typeof staffTranslations>>): Record<string, string> => ({
  created: "The account has been created.",
  access: "Saved. If the role changed or the account was disabled, the person has been signed out.",
  password: "The password has been reset and the person signed out everywhere.",
  twoFactor: "The second factor has been removed and the person signed out. They set it up again at their next sign-in if it is required.",
  lastAdmin: "This is the last active admin: make someone else an admin first.",
  notFound: "That account does not exist.",
  role: "Choose a role.",
  needsTwoFactor: security("needsTwoFactor"),
});
const PASSWORD_ERROR = `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters`;

export default async function StaffMemberPage({ params, searchParams }: PageProps<"/staff/admin/staff/[id]">) {
  const admin = await requireStaff("admin");
  const person = await findStaff(admin, (await params).id);
  if (!person) redirect("/staff/admin/staff");
  const query = await searchParams;
  const security = await staffTranslations("Security");
  const passwordError = query.error === "password" ? PASSWORD_ERROR : query.error === "weakPassword" ? security("weakPassword") : undefined;

  return (
    <>
      <a className="back-link" href="/staff/admin/staff">
        All staff
      </a>
      <Notice {...noticeFrom(query, MESSAGES(security))} />
      <h1>{person.name}</h1>
      <p>
        {person.email} · since {person.createdAt.toISOString().slice(0, 10)}
      </p>

      <section aria-labelledby="access">
        <h2 id="access">Access</h2>
        <form action={changeStaffAccess}>
          <input type="hidden" name="id" value={person.id} />
          <FormGroup id="role" label="Role">
            {(props) => (
              <select className="select" defaultValue={person.role} {...props}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
            )}
          </FormGroup>
          <div className="form-group radio">
            <input type="checkbox" id="totpRequired" name="totpRequired" value="1" defaultChecked={person.totpRequired} />
            <label htmlFor="totpRequired">Require a second factor (authenticator app)</label>
          </div>
          <div className="form-group radio">
            <input type="checkbox" id="disabled" name="disabled" value="1" defaultChecked={person.disabled} />
            <label htmlFor="disabled">Disabled: cannot sign in</label>
          </div>
          <button type="submit" className="button">
            Save access
          </button>
        </form>
      </section>

      <section aria-labelledby="reset-password">
        <h2 id="reset-password">Reset the password</h2>
        <form action={resetStaffPassword} noValidate>
          <input type="hidden" name="id" value={person.id} />
          <FormGroup id="password" label="New password" hint="Give it to the person in person." error={passwordError}>
            {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
          </FormGroup>
          <button type="submit" className="button button--secondary">
            Reset password
          </button>
        </form>
      </section>

      {person.totpEnabled && (
        <section aria-labelledby="reset-two-factor">
          <h2 id="reset-two-factor">Second factor</h2>
          <p>The second factor is on. Reset it if the person lost their phone.</p>
          <form action={resetStaffTwoFactor}>
            <input type="hidden" name="id" value={person.id} />
            <button type="submit" className="button button--secondary">
              Reset the second factor
            </button>
          </form>
        </section>
      )}
    </>
  );
}
