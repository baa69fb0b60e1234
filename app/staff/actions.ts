"use server";
/** Staff actions. Each is a public endpoint and checks the session and role itself. */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { clientIp } from "@/lib/client-ip";
import { readField, readWholeNumber } from "@/lib/form-data";
import { cookieName, cookieOptions } from "@/lib/cookie-security";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { longText } from "@/lib/requests/fields";
import { isStatus } from "@/lib/requests/status";
import { addNote, assignRequest, changeStatus } from "@/lib/staff/requests";
import { requireStaff, STAFF_COOKIE } from "@/lib/staff/current-staff";
import { ABSOLUTE_TIMEOUT_MS, completeSecondFactor, signIn, signOut } from "@/lib/staff/sessions";

const CHALLENGE_COOKIE = cookieName("ch_staff_challenge");
const loginAllowed = async () => withinLimit(`login:${clientKey(await clientIp())}`, 20, 15 * 60 * 1000);

export async function logIn(data: FormData): Promise<void> {
  if (!(await loginAllowed())) redirect("/staff/login?error=limited");
  const result = await signIn(readField(data, "email"), readField(data, "password"));
  if (result.ok === false) redirect(`/staff/login?error=${result.reason}`);
  const jar = await cookies();
  if (result.ok === "second_factor") {
    jar.set(CHALLENGE_COOKIE, result.challenge, cookieOptions(300));
    redirect("/staff/login/code");
  }
  await startBrowserSession(result.token);
}

/** The second step for accounts with an authenticator app. */
export async function enterCode(data: FormData): Promise<void> {
  if (!(await loginAllowed())) redirect("/staff/login?error=limited");
  const jar = await cookies();
  const result = await completeSecondFactor(jar.get(CHALLENGE_COOKIE)?.value ?? "", readField(data, "code"));
  if (result.ok === false) redirect(result.reason === "locked" ? "/staff/login?error=locked" : "/staff/login/code?error=code");
  if (result.ok !== true) redirect("/staff/login");
  jar.delete({ name: CHALLENGE_COOKIE, ...cookieOptions() });
  await startBrowserSession(result.token);
}

async function startBrowserSession(token: string): Promise<never> {
  (await cookies()).set(STAFF_COOKIE, token, cookieOptions(ABSOLUTE_TIMEOUT_MS / 1000));
  redirect("/staff/requests");
}

export async function logOut(): Promise<void> {
  const jar = await cookies();
  await signOut(jar.get(STAFF_COOKIE)?.value);
  jar.delete({ name: STAFF_COOKIE, ...cookieOptions() });
  redirect("/staff/login");
}

export async function moveRequest(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const to = readField(data, "to");
  const message = readField(data, "message").trim() ? longText.safeParse(readField(data, "message")) : null;
  const version = readWholeNumber(data, "version");
  if (!isStatus(to) || version === null || (message && !message.success)) redirect(`/staff/requests/${encodeURIComponent(id)}?error=invalid`);
  const result = await changeStatus(staff, { id, version, to, message: message?.data ?? null, origin: publicOrigin() });
  // The applicant's e-mail goes now, not at the next minute's run.
  if (result.ok) after(deliverOutboxSoon);
  redirect(`/staff/requests/${encodeURIComponent(id)}${result.ok ? "?done=status" : `?error=${result.error}`}`);
}

export async function writeNote(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const note = longText.safeParse(readField(data, "note"));
  if (!note.success) redirect(`/staff/requests/${encodeURIComponent(id)}?error=invalid`);
  const added = await addNote(staff, id, note.data);
  redirect(`/staff/requests/${encodeURIComponent(id)}?${added ? "done=note" : "error=notFound"}`);
}

/** Claim, release or (admins) assign a request. The value "none" releases it. */
export async function assign(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const to = readField(data, "assignee");
  const result = await assignRequest(staff, id, to === "none" ? null : to === "me" ? staff.id : to);
  redirect(`/staff/requests/${encodeURIComponent(id)}?${result.ok ? "done=assigned" : "error=assign"}`);
}
