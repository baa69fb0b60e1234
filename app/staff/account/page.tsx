import type { Metadata } from "next";
import QRCode from "qrcode";
import { twoFactorSetup } from "@/lib/staff/accounts";
import { requireStaff } from "@/lib/staff/current-staff";
import { MIN_PASSWORD_LENGTH } from "@/lib/staff/passwords";
import { staffTranslations } from "@/lib/staff/staff-i18n";
import { totpUri } from "@/lib/staff/two-factor";
import { FormGroup } from "@/ui/form-group";
import { Notice, noticeFrom } from "@/ui/notice";
import { changePassword, startTwoFactor, turnOnTwoFactor } from "./actions";

export const metadata: Metadata = { title: "Your account" };

const MESSAGES = (security: Awaited<ReturnType<typeof staffTranslations>>): Record<string, string> => ({
  password: "Your password has been changed. You have been signed out everywhere else.",
  twoFactor: "Your authenticator app is set up. From now on you will be asked for a code when you sign in.",
  currentPassword: "Your current password is not right.",
  newPassword: `The new password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
  code: "The code is not right: enter the code your app shows now.",
  required: "An administrator requires a second factor for your account: set up your authenticator app to continue.",
  weakPassword: security("weakPassword"),
  setupPassword: security("setupPasswordWrong"),
});

export default async function AccountPage({ searchParams }: PageProps<"/staff/account">) {
  const staff = await requireStaff("officer", { settingUpTwoFactor: true });
  const query = await searchParams;
  const security = await staffTranslations("Security");
  const messages = MESSAGES(security);
  const required = staff.role === "admin" ? security("adminNeedsTwoFactor") : messages.required;
  const notice = query.setup === "required" ? ({ kind: "error", text: required } as const) : noticeFrom(query, messages);
  const setup = await twoFactorSetup(staff);

  return (
    <>
      <Notice {...notice} />
      <h1>Your account</h1>
      <p>
        {staff.name}, {staff.email} ({staff.role})
      </p>

      <section aria-labelledby="two-factor">
        <h2 id="two-factor">Second factor</h2>
        {setup.state === "enabled" ? (
          <p>Your authenticator app is set up. If you lose your phone, ask an administrator to reset it.</p>
        ) : setup.state === "off" ? (
          <>
            <p>{security("setupIntro")}</p>
            <form action={startTwoFactor} noValidate>
              <FormGroup id="setupPassword" label={security("setupPassword")}>
                {(props) => <input className="input" type="password" autoComplete="current-password" {...props} />}
              </FormGroup>
              <button type="submit" className="button">
                {security("setupStart")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>Sign-in will also ask for a code from an authenticator app on your phone (any app that reads a QR code, such as FreeOTP or Google Authenticator).</p>
            <ol>
              <li>Scan this code with the app.</li>
              <li>Enter the 6-digit code the app then shows.</li>
            </ol>
            {/* An SVG drawn on the server from our own data: no script and no external request. */}
            <div
              className="qr"
              role="img"
              aria-label="QR code for your authenticator app"
              dangerouslySetInnerHTML={{ __html: await QRCode.toString(totpUri(setup.secret, staff.email), { type: "svg", margin: 2 }) }}
            />
            <p>
              If you cannot scan it, enter this key in the app: <code className="ltr">{setup.secret.match(/.{1,4}/g)!.join(" ")}</code>
            </p>
            <form action={turnOnTwoFactor} noValidate>
              <FormGroup id="code" label="Code from the app">
                {(props) => <input className="input input--narrow" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} {...props} />}
              </FormGroup>
              <button type="submit" className="button">
                Turn on the second factor
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="password">
        <h2 id="password">Change your password</h2>
        <form action={changePassword} noValidate>
          <FormGroup id="currentPassword" label="Current password">
            {(props) => <input className="input" type="password" autoComplete="current-password" {...props} />}
          </FormGroup>
          <FormGroup id="newPassword" label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember.`}>
            {(props) => <input className="input" type="password" autoComplete="new-password" {...props} />}
          </FormGroup>
          <button type="submit" className="button button--secondary">
            Change password
          </button>
        </form>
      </section>
    </>
  );
}
