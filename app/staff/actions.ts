"use server";
/** Staff actions. Each is a public endpoint and checks the session and role itself. */
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { clientIp } from "@/lib/client-ip";
import { isStaffLocale } from "@/i18n/staff-locales";
import { config } from "@/lib/config";
import { readField, readWholeNumber } from "@/lib/form-data";
import { cookieName, cookieOptions } from "@/lib/cookie-security";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { longText } from "@/lib/requests/fields";
import { isStatus } from "@/lib/requests/status";
import { assignRequest } from "@/lib/staff/assignment";
import { keepTyped } from "@/lib/staff/form-flash";
import { addNote } from "@/lib/staff/notes";
import { changeStatus, type ChangeResult } from "@/lib/staff/transitions";
import { STAFF_LANGUAGE_COOKIE } from "@/lib/staff/staff-i18n";
import { requireStaff, STAFF_COOKIE } from "@/lib/staff/current-staff";
import { ABSOLUTE_TIMEOUT_MS, completeSecondFactor, signIn, signOut, type Client } from "@/lib/staff/sessions";

const CHALLENGE_COOKIE = cookieName("ch_staff_challenge");
/** A random value this browser keeps while it signs in: the second-factor challenge is bound to its hash. */
const BROWSER_COOKIE = cookieName("ch_staff_browser");
const loginAllowed = async () =>
  withinLimit(`login:${clientKey(await clientIp())}`, config().signInsPerAddress, 15 * 60 * 1000);

/** Who is signing in: address, user agent (hashed by the data layer) and this browser's binding value. */
async function signingInClient(): Promise<Client> {
  const jar = await cookies();
  let browser = jar.get(BROWSER_COOKIE)?.value;
  if (!browser) {
    browser = randomBytes(32).toString("base64url");
    jar.set(BROWSER_COOKIE, browser, cookieOptions());
  }
  return { ip: await clientIp(), userAgent: (await headers()).get("user-agent") ?? "", browser };
}

export async function logIn(data: FormData): Promise<void> {
  const email = readField(data, "email");
  // A refused sign-in keeps the e-mail address typed (never the password) for the page it returns to.
  if (!(await loginAllowed())) {
    await keepTyped("login", { email }, []);
    redirect("/staff/login?error=limited");
  }
  const result = await signIn(email, readField(data, "password"), await signingInClient());
  if (result.ok === false) {
    await keepTyped("login", { email }, []);
    redirect(`/staff/login?error=${result.reason}`);
  }
  const jar = await cookies();
  if (result.ok === "second_factor") {
    jar.set(CHALLENGE_COOKIE, result.challenge, cookieOptions(300));
    redirect("/staff/login/code");
  }
  await startBrowserSession(result.token);
}

/** The second step for accounts with an authenticator app. */
export async function enterCode(data: FormData): Promise<void> {
  // Not the per-address form limit: only a right password opens a challenge, which takes 5 codes
  // at most, each counted by the e-mail's sign-in throttle (login-throttle.ts).
  const jar = await cookies();
  const result = await completeSecondFactor(
    jar.get(CHALLENGE_COOKIE)?.value ?? "",
    readField(data, "code"),
    await signingInClient(),
  );
  if (result.ok === false)
    redirect(result.reason === "locked" ? "/staff/login?error=locked" : "/staff/login/code?error=code");
  if (result.ok !== true) redirect("/staff/login");
  jar.delete({ name: CHALLENGE_COOKIE, ...cookieOptions() });
  await startBrowserSession(result.token);
}

async function startBrowserSession(token: string): Promise<never> {
  (await cookies()).set(STAFF_COOKIE, token, cookieOptions(ABSOLUTE_TIMEOUT_MS / 1000));
  redirect("/staff/requests");
}

/** The sign-in page's language switch: remembers the choice in this browser (a preference, not a secret). */
export async function chooseStaffLanguage(data: FormData): Promise<void> {
  const language = readField(data, "language");
  if (isStaffLocale(language)) {
    (await cookies()).set(STAFF_LANGUAGE_COOKIE, language, cookieOptions(365 * 24 * 3600));
  }
  redirect("/staff/login");
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
  const typed = readField(data, "message");
  const message = typed.trim() ? longText.safeParse(typed) : null;
  if (!isStatus(to)) redirect(`${requestPage(id)}?error=transition`);
  if (message && !message.success) await refused(id, { to, message: typed }, ["message"]);
  const version = readWholeNumber(data, "version");
  if (version === null) redirect(`${requestPage(id)}?error=stale`);
  changed(
    id,
    await changeStatus(staff, { id, version, to, message: message?.data ?? null, origin: publicOrigin() }),
    "status",
  );
}

/** One step from any open status: the request waits for the applicant, with the question on their tracking page. */
export async function askForInformation(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const typed = readField(data, "question");
  const question = longText.safeParse(typed);
  if (!question.success) await refused(id, { question: typed }, ["question"]);
  const version = readWholeNumber(data, "version");
  if (version === null) redirect(`${requestPage(id)}?error=stale`);
  changed(
    id,
    await changeStatus(staff, {
      id,
      version,
      to: "needs_information",
      message: question.data!,
      origin: publicOrigin(),
    }),
    "asked",
  );
}

export async function writeNote(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const typed = readField(data, "note");
  const note = longText.safeParse(typed);
  if (!note.success) await refused(id, { note: typed }, ["note"]);
  const result = await addNote(staff, id, note.data!);
  redirect(`${requestPage(id)}?${result.ok ? "done=note" : "error=notFound"}`);
}

/** Claim, release or (admins) assign a request. The value "none" releases it. */
export async function assign(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const to = readField(data, "assignee");
  const result = await assignRequest(staff, id, to === "none" ? null : to === "me" ? staff.id : to);
  redirect(`${requestPage(id)}?${result.ok ? "done=assigned" : "error=assign"}`);
}

const requestPage = (id: string) => `/staff/requests/${encodeURIComponent(id)}`;

/** Back to the request with what was typed kept (form-flash) and the refused fields marked. */
async function refused(id: string, values: Record<string, string>, errors: string[]): Promise<never> {
  await keepTyped(`request:${id}`, values, errors);
  redirect(`${requestPage(id)}?error=invalid`);
}

function changed(id: string, result: ChangeResult, done: "status" | "asked"): never {
  // The applicant's e-mail goes now, not at the next minute's run.
  if (result.ok) after(deliverOutboxSoon);
  redirect(`${requestPage(id)}${result.ok ? `?done=${done}` : `?error=${result.error}`}`);
}
