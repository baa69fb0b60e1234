// Files in drafts cannot fill the disk (issue 11.3): per-client upload limits, byte quotas per
// draft and per client per day, and expired drafts purged with their files.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { reloadConfig } from "../../app/lib/config";
import { db } from "../../app/lib/db/client";
import { attachToDraft, listDraftFiles } from "../../app/lib/requests/draft-files";
import { createDraft, deleteExpiredDrafts } from "../../app/lib/requests/drafts";
import { MAX_FILE_BYTES } from "../../app/lib/requests/uploads";

const pdf = (bytes: number) => {
  const content = new Uint8Array(bytes).fill(0x20);
  content.set(new TextEncoder().encode("%PDF-1.7"));
  return content;
};
const saved = { ...process.env };

beforeEach(async () => {
  await db.draft.deleteMany();
  await db.rateLimit.deleteMany();
});
afterEach(() => {
  for (const name of ["UPLOADS_PER_HOUR", "UPLOAD_MB_PER_DAY"]) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- assigning undefined would store "undefined"
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  reloadConfig();
});
afterAll(() => db.$disconnect());

describe("files in drafts", () => {
  it("are stored under the extension their bytes show", async () => {
    const { draft } = await createDraft("legalization");
    expect(await attachToDraft(draft, "203.0.113.1", "report.html", pdf(100))).toEqual({ ok: true });
    expect((await listDraftFiles(draft.id)).map((f) => f.filename)).toEqual(["report.pdf"]);
  });

  it("hold at most 15 MB per draft", async () => {
    const { draft } = await createDraft("legalization");
    for (let i = 0; i < 3; i++)
      expect(await attachToDraft(draft, "203.0.113.2", `scan${i}.pdf`, pdf(MAX_FILE_BYTES))).toEqual({ ok: true });
    expect(await attachToDraft(draft, "203.0.113.2", "fourth.pdf", pdf(1024))).toEqual({
      ok: false,
      error: "draftQuota",
    });
  });

  it("limit the megabytes one client uploads per day, across its drafts, not another client's", async () => {
    process.env.UPLOAD_MB_PER_DAY = "6";
    reloadConfig();
    const first = (await createDraft("legalization")).draft;
    const second = (await createDraft("bereavement")).draft;
    expect(await attachToDraft(first, "203.0.113.3", "a.pdf", pdf(MAX_FILE_BYTES))).toEqual({ ok: true });
    expect(await attachToDraft(second, "203.0.113.3", "b.pdf", pdf(MAX_FILE_BYTES))).toEqual({
      ok: false,
      error: "uploadLimit",
    });
    expect(await attachToDraft(second, "2001:db8:1:2::9", "b.pdf", pdf(MAX_FILE_BYTES))).toEqual({ ok: true });
    expect(await listDraftFiles(second.id)).toHaveLength(1);
  });

  it("limit how many files one client uploads per hour (an IPv6 client by its /64)", async () => {
    process.env.UPLOADS_PER_HOUR = "2";
    reloadConfig();
    const { draft } = await createDraft("legalization");
    expect(await attachToDraft(draft, "2001:db8:5:6::1", "a.pdf", pdf(10))).toEqual({ ok: true });
    expect(await attachToDraft(draft, "2001:db8:5:6::2", "b.pdf", pdf(10))).toEqual({ ok: true });
    expect(await attachToDraft(draft, "2001:db8:5:6::3", "c.pdf", pdf(10))).toEqual({
      ok: false,
      error: "uploadLimit",
    });
  });

  it("go when their draft expires", async () => {
    const { draft } = await createDraft("legalization");
    await attachToDraft(draft, "203.0.113.4", "a.pdf", pdf(10));
    await db.draft.update({ where: { id: draft.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deleteExpiredDrafts()).toBe(1);
    expect(await db.attachment.count({ where: { draftId: draft.id } })).toBe(0);
    expect(await db.attachment.count()).toBe(0);
  });
});
