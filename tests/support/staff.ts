/**
 * Real staff for the integration tests, made through the data layer as the app makes them:
 * an account from the shell entry point, a signed-in session, and for admins the second
 * factor set up as the account page does. Nothing here fabricates a VerifiedStaff.
 */
import { db } from "../../app/lib/db/client";
import {
  beginTwoFactorSetup,
  confirmTwoFactor,
  twoFactorSetup,
  upsertStaffAsSystem,
} from "../../app/lib/staff/accounts";
import { signIn, staffForToken, type Client, type Role, type VerifiedStaff } from "../../app/lib/staff/sessions";
import { totpCode } from "../../app/lib/staff/two-factor";

export const STAFF_PASSWORD = "correct horse battery";

/** Removes every account, the change flow's rows first: they keep their people (such an account cannot be deleted). */
export async function deleteAllStaff(): Promise<void> {
  await db.publishedVersion.deleteMany();
  await db.changeProposal.deleteMany();
  await db.staffUser.deleteMany();
}

/** One browser signing in: its address, user agent and binding cookie. */
export const testClient = (ip = "198.51.100.7", browser = "browser-a"): Client => ({
  ip,
  userAgent: "Vitest",
  browser,
});

export type RealStaff = { staff: VerifiedStaff; token: string; secret: string | null };

/** Signs in with the password alone (no second factor yet) and returns the verified member. */
export async function signedIn(
  email: string,
  password = STAFF_PASSWORD,
  client = testClient(),
): Promise<{ staff: VerifiedStaff; token: string }> {
  const result = await signIn(email, password, client);
  if (result.ok !== true) throw new Error(`sign-in of ${email} did not complete: ${JSON.stringify(result)}`);
  return { staff: (await staffForToken(result.token))!, token: result.token };
}

/** Sets up the second factor of a signed-in member at `now`; returns the secret. */
export async function enrolTwoFactor(
  member: VerifiedStaff,
  now = Date.now(),
  password = STAFF_PASSWORD,
): Promise<string> {
  const started = await beginTwoFactorSetup(member, password);
  if (!started.ok) throw new Error(`could not start 2FA setup: ${started.error}`);
  const setup = await twoFactorSetup(member);
  if (setup.state !== "pending") throw new Error("no pending secret");
  const confirmed = await confirmTwoFactor(member, totpCode(setup.secret, now), now);
  if (!confirmed.ok) throw new Error(`could not confirm 2FA: ${confirmed.error}`);
  return setup.secret;
}

/** An account that exists in the database, signed in; an admin with its second factor set up. */
export async function realStaff(email: string, role: Role, now = Date.now()): Promise<RealStaff> {
  await upsertStaffAsSystem({ email, name: email.split("@")[0]!, role, password: STAFF_PASSWORD });
  const { staff, token } = await signedIn(email);
  if (role !== "admin") return { staff, token, secret: null };
  const secret = await enrolTwoFactor(staff, now);
  return { staff: (await staffForToken(token))!, token, secret };
}
