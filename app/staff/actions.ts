"use server";
/** Staff actions. Each is a public endpoint and checks the session and role itself. */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/client-ip";
import { readField } from "@/lib/form-data";
import { secureCookies } from "@/lib/cookie-security";
import { publicOrigin } from "@/lib/public-origin";
import { clientKey, withinLimit } from "@/lib/rate-limit";
import { longText } from "@/lib/requests/fields";
import { isStatus } from "@/lib/requests/status";
import { addNote, changeStatus } from "@/lib/staff/requests";
import { requireStaff, STAFF_COOKIE } from "@/lib/staff/current-staff";
import { ABSOLUTE_TIMEOUT_MS, signIn, signOut } from "@/lib/staff/sessions";

export async function logIn(data: FormData): Promise<void> {
  if (!(await withinLimit(`login:${clientKey(await clientIp())}`, 20, 15 * 60 * 1000))) redirect("/staff/login?error=limited");
  const result = await signIn(readField(data, "email"), readField(data, "password"));
  if (!result.ok) redirect(`/staff/login?error=${result.reason}`);
  (await cookies()).set(STAFF_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await secureCookies(),
    path: "/staff",
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
  redirect("/staff/requests");
}

export async function logOut(): Promise<void> {
  const jar = await cookies();
  await signOut(jar.get(STAFF_COOKIE)?.value);
  jar.delete({ name: STAFF_COOKIE, path: "/staff" });
  redirect("/staff/login");
}

export async function moveRequest(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const to = readField(data, "to");
  const message = readField(data, "message").trim() ? longText.safeParse(readField(data, "message")) : null;
  if (!isStatus(to) || (message && !message.success)) redirect(`/staff/requests/${encodeURIComponent(id)}?error=invalid`);
  const result = await changeStatus(staff, { id, version: Number(readField(data, "version")), to, message: message?.data ?? null, origin: await publicOrigin() });
  redirect(`/staff/requests/${encodeURIComponent(id)}${result.ok ? "?done=status" : `?error=${result.error}`}`);
}

export async function writeNote(data: FormData): Promise<void> {
  const staff = await requireStaff();
  const id = readField(data, "id");
  const note = longText.safeParse(readField(data, "note"));
  if (!note.success) redirect(`/staff/requests/${encodeURIComponent(id)}?error=invalid`);
  await addNote(staff, id, note.data);
  redirect(`/staff/requests/${encodeURIComponent(id)}?done=note`);
}
