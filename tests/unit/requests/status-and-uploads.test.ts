import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses, STATUSES } from "../../../app/lib/requests/status";
import {
  checkUpload,
  detectFileType,
  MAX_FILE_BYTES,
  safeFilename,
  storedFilename,
} from "../../../app/lib/requests/uploads";

describe("the request state machine", () => {
  it.each([
    ["received", "staff", ["in_review", "needs_information"]],
    ["received", "applicant", ["withdrawn"]],
    ["in_review", "staff", ["needs_information", "completed", "rejected"]],
    ["needs_information", "staff", ["in_review"]],
    ["needs_information", "applicant", ["in_review", "withdrawn"]],
    ["completed", "staff", []],
    ["rejected", "applicant", []],
    ["withdrawn", "staff", []],
  ] as const)("from %s, %s may move to %j", (from, actor, to) => {
    expect(nextStatuses(from, actor)).toEqual(to);
  });

  it("never lets staff withdraw or an applicant decide", () => {
    for (const from of STATUSES) {
      expect(canTransition(from, "withdrawn", "staff")).toBe(false);
      expect(canTransition(from, "completed", "applicant")).toBe(false);
      expect(canTransition(from, "rejected", "applicant")).toBe(false);
    }
  });
});

describe("uploads", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n...");
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]);

  it("judges the type by content, not by name", () => {
    expect(detectFileType(pdf)).toBe("application/pdf");
    expect(detectFileType(png)).toBe("image/png");
    expect(detectFileType(jpeg)).toBe("image/jpeg");
    expect(checkUpload("scan.pdf", new TextEncoder().encode("MZ\x90\x00 an executable"), 0)).toEqual({
      ok: false,
      error: "fileType",
    });
    expect(checkUpload("photo.exe", png, 0)).toMatchObject({ ok: true, mimeType: "image/png" });
  });

  it("enforces size and count", () => {
    expect(checkUpload("big.pdf", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x25), 0)).toEqual({
      ok: false,
      error: "fileTooLarge",
    });
    expect(checkUpload("sixth.pdf", pdf, 5)).toEqual({ ok: false, error: "tooManyFiles" });
    expect(checkUpload("empty.pdf", new Uint8Array(), 0)).toEqual({ ok: false, error: "fileMissing" });
  });

  it("makes file names safe to show and to send in a header", () => {
    expect(safeFilename('..\\..\\evil"\u202Efdp.exe')).toBe(".._.._evil__fdp.exe");
    expect(safeFilename("نکاح نامہ.pdf")).toBe("نکاح نامہ.pdf");
  });

  it("stores a file under the extension of the type its bytes show, never the one it was sent with", () => {
    expect(checkUpload("report.html", pdf, 0)).toMatchObject({ ok: true, filename: "report.pdf" });
    expect(checkUpload("script.hta", jpeg, 0)).toMatchObject({ ok: true, filename: "script.jpg" });
    expect(checkUpload("photo.exe", png, 0)).toMatchObject({ ok: true, filename: "photo.png" });
    expect(checkUpload("no-extension", png, 0)).toMatchObject({ ok: true, filename: "no-extension.png" });
    expect(checkUpload("نکاح نامہ.PDF", pdf, 0)).toMatchObject({ ok: true, filename: "نکاح نامہ.pdf" });
    expect(checkUpload(".html", pdf, 0)).toMatchObject({ ok: true, filename: "file.pdf" });
    expect(storedFilename("a.pdf.html", "pdf")).toBe("a.pdf.pdf");
  });
});
