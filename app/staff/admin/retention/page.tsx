import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff/current-staff";
import { countDueForDeletion, retentionCutoff } from "@/lib/staff/retention";
import { Notice } from "@/ui/notice";
import { runRetention } from "../actions";

export const metadata: Metadata = { title: "Retention" };

export default async function RetentionPage({ searchParams }: PageProps<"/staff/admin/retention">) {
  await requireStaff("admin");
  const now = new Date();
  const [{ days, cutoff }, due] = await Promise.all([retentionCutoff(now), countDueForDeletion(now)]);
  const deleted = (await searchParams).deleted;
  return (
    <>
      <Notice kind="done" text={typeof deleted === "string" ? `${deleted} closed requests were deleted.` : undefined} />
      <h1>Retention</h1>
      <p>
        Requests are kept for {days} days after they are closed (the setting <a href="/staff/admin/settings/retention.days">retention.days</a>, stated in
        the privacy notice), then deleted with their history, attachments and e-mails. The audit log keeps only identifiers and stays.
      </p>
      <p>
        The server runs this every night with <code>npm run retention</code> if the operator schedules it. Closed before{" "}
        {cutoff.toISOString().slice(0, 10)}: <strong>{due}</strong> {due === 1 ? "request" : "requests"}.
      </p>
      <form action={runRetention}>
        <button type="submit" className="button button--secondary" disabled={due === 0}>
          Delete {due} {due === 1 ? "request" : "requests"} now
        </button>
      </form>
    </>
  );
}
