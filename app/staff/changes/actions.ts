"use server";
/**
 * The change flow's actions. Each checks the session itself, and the data layer checks the
 * editor permission and the four eyes again (lib/changes/proposals.ts). A publication
 * rebuilds this instance's prerendered pages now; other instances within their revalidate
 * period (the settings' bound).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { embassyDay } from "@/lib/embassy-time";
import { readField, readWholeNumber } from "@/lib/form-data";
import { payloadInForce } from "@/lib/changes/published";
import { contentPayloadFromForm, KINDS, type Kind } from "@/lib/changes/payloads";
import { approve, propose, proposeRollback, revise, sendBack, withdraw } from "@/lib/changes/proposals";
import { addReferenceScenario, deleteReferenceScenario } from "@/lib/changes/reference-scenarios";
import { ruleParametersFromForm } from "@/lib/changes/rule-kind";
import { publishDueChanges } from "@/lib/changes/alerts";
import { deliverOutboxSoon } from "@/lib/notifications/outbox";
import { requireStaff } from "@/lib/staff/current-staff";
import { keepTyped } from "@/lib/staff/form-flash";

const editor = () => requireStaff("editor");

async function payloadFrom(data: FormData, kind: Kind, targetId: string): Promise<unknown> {
  const read = (name: string) => readField(data, name);
  if (kind === "content") return contentPayloadFromForm(read);
  const current = (await payloadInForce(kind, targetId, embassyDay())) as Record<string, unknown>;
  return ruleParametersFromForm(current, read, (name) =>
    data.getAll(name).filter((v): v is string => typeof v === "string"),
  );
}

export async function proposeChange(data: FormData): Promise<void> {
  const staff = await editor();
  const kind = KINDS.find((k) => k === readField(data, "kind"));
  const targetId = readField(data, "targetId");
  if (!kind) redirect("/staff/changes/new");
  const result = await propose(staff, {
    kind,
    targetId,
    reason: readField(data, "reason"),
    effectiveDay: readField(data, "effectiveDay"),
    payload: await payloadFrom(data, kind, targetId),
  });
  if (!result.ok) redirect(`/staff/changes/new?kind=${kind}&target=${encodeURIComponent(targetId)}&error=invalid`);
  redirect(`/staff/changes/${result.id}?done=proposed`);
}

export async function reviseChange(data: FormData): Promise<void> {
  const staff = await editor();
  const id = readField(data, "id");
  const kind = KINDS.find((k) => k === readField(data, "kind")) ?? "content";
  const input = {
    reason: readField(data, "reason"),
    effectiveDay: readField(data, "effectiveDay"),
    payload: await payloadFrom(data, kind, readField(data, "targetId")),
  };
  const result = await revise(staff, id, readWholeNumber(data, "revision") ?? -1, input);
  redirect(`/staff/changes/${encodeURIComponent(id)}?${result.ok ? "done=revised" : `error=${result.error}`}`);
}

export async function reviewChange(data: FormData): Promise<void> {
  const staff = await editor();
  const id = readField(data, "id");
  const revision = readWholeNumber(data, "revision") ?? -1;
  const comment = readField(data, "comment");
  const decision = readField(data, "decision");
  const result =
    decision === "approve" ? await approve(staff, id, revision, comment) : await sendBack(staff, id, revision, comment);
  if (result.ok && decision === "approve") {
    // A change in force today: its alerts are queued and sent now, not at the next minute's job.
    await publishDueChanges();
    void deliverOutboxSoon();
    revalidatePath("/", "layout");
  }
  redirect(
    `/staff/changes/${encodeURIComponent(id)}?${result.ok ? `done=${decision === "approve" ? "approved" : "sentBack"}` : `error=${result.error}`}`,
  );
}

export async function withdrawChange(data: FormData): Promise<void> {
  const staff = await editor();
  const id = readField(data, "id");
  const result = await withdraw(staff, id, readWholeNumber(data, "revision") ?? -1);
  redirect(`/staff/changes/${encodeURIComponent(id)}?${result.ok ? "done=withdrawn" : `error=${result.error}`}`);
}

export async function rollBack(data: FormData): Promise<void> {
  const staff = await editor();
  const result = await proposeRollback(
    staff,
    readField(data, "versionId"),
    readField(data, "reason"),
    readField(data, "effectiveDay"),
  );
  if (!result.ok) redirect(`/staff/changes/${encodeURIComponent(readField(data, "from"))}?error=rollback`);
  redirect(`/staff/changes/${result.id}?done=proposed`);
}

export async function addScenario(data: FormData): Promise<void> {
  const staff = await editor();
  const typed = {
    description: readField(data, "description"),
    address: readField(data, "address"),
    expected: readField(data, "expected"),
  };
  const result = await addReferenceScenario(staff, typed);
  if (result.ok) redirect(`/staff/changes/scenarios?done=added#scenario-${result.id}`);
  await keepTyped("scenario:new", typed, [result.error]);
  redirect("/staff/changes/scenarios?error=invalid#add");
}

export async function deleteScenario(data: FormData): Promise<void> {
  const staff = await editor();
  const result = await deleteReferenceScenario(staff, readField(data, "id"));
  redirect(`/staff/changes/scenarios?${result.ok ? "done=deleted" : `error=${result.error}`}`);
}
