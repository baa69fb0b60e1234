// An applicant's file, for signed-in staff only; every download is audited.
import { allowedStaff } from "@/lib/staff/current-staff";
import { downloadAttachment } from "@/lib/staff/attachments";
import { staffTranslations } from "@/lib/staff/staff-i18n";

export async function GET(_: Request, { params }: RouteContext<"/staff/requests/[id]/attachments/[attachmentId]">) {
  const staff = await allowedStaff();
  if (!staff)
    return new Response((await staffTranslations("Common"))("signInFirst"), {
      status: 401,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  const { id, attachmentId } = await params;
  const file = await downloadAttachment(staff, id, attachmentId);
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
