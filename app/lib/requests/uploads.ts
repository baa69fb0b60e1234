/**
 * What an applicant may upload: PDF, JPEG or PNG, judged by the file's first bytes rather
 * than its name or the browser's claim, at most 5 MB each and 5 per request.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 5;

const SIGNATURES: { mimeType: string; bytes: number[] }[] = [
  { mimeType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mimeType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function detectFileType(content: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.mimeType ?? null;
}

export type UploadCheck = { ok: true; mimeType: string; filename: string } | { ok: false; error: "fileMissing" | "fileTooLarge" | "fileType" | "tooManyFiles" };

/** A file name safe to show and to send back in a download header. */
export function safeFilename(name: string): string {
  const cleaned = name.normalize("NFC").replace(/[\u0000-\u001F\u007F"\\/<>:|?*\u202A-\u202E\u2066-\u2069]/g, "_").trim();
  return (cleaned || "file").slice(-120);
}

export function checkUpload(name: string, content: Uint8Array, alreadyAttached: number): UploadCheck {
  if (content.byteLength === 0) return { ok: false, error: "fileMissing" };
  if (alreadyAttached >= MAX_FILES) return { ok: false, error: "tooManyFiles" };
  if (content.byteLength > MAX_FILE_BYTES) return { ok: false, error: "fileTooLarge" };
  const mimeType = detectFileType(content);
  return mimeType ? { ok: true, mimeType, filename: safeFilename(name) } : { ok: false, error: "fileType" };
}
