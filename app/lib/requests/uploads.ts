/**
 * What an applicant may upload: PDF, JPEG or PNG, judged by the file's first bytes rather
 * than its name or the browser's claim, at most 5 MB each and 5 per request.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 5;
/** All of one draft's files together: three full-size scans. */
export const MAX_DRAFT_BYTES = 15 * 1024 * 1024;

const SIGNATURES: { mimeType: string; extension: string; bytes: number[] }[] = [
  { mimeType: "application/pdf", extension: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: "image/jpeg", extension: "jpg", bytes: [0xff, 0xd8, 0xff] },
  { mimeType: "image/png", extension: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

const signatureOf = (content: Uint8Array) => SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b));

export function detectFileType(content: Uint8Array): string | null {
  return signatureOf(content)?.mimeType ?? null;
}

export type UploadCheck =
  | { ok: true; mimeType: string; filename: string }
  | { ok: false; error: "fileMissing" | "fileTooLarge" | "fileType" | "tooManyFiles" };

/** Control characters, what a header or a file system would misread, and bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const UNSAFE_IN_FILENAME = /[\u0000-\u001F\u007F"\\/<>:|?*\u202A-\u202E\u2066-\u2069]/g;

/** A file name safe to show and to send back in a download header. */
export function safeFilename(name: string): string {
  const cleaned = name.normalize("NFC").replace(UNSAFE_IN_FILENAME, "_").trim();
  return (cleaned || "file").slice(-120);
}

/**
 * The name a file is stored and downloaded under: the applicant's name with the extension of
 * the type its bytes show, so "report.html" with PDF bytes becomes "report.pdf" and no
 * download opens as HTML or a script.
 */
export function storedFilename(name: string, extension: string): string {
  const base =
    safeFilename(name)
      .replace(/\.[^.]*$/, "")
      .replace(/[.\s]+$/, "") || "file";
  return `${base.slice(0, 110)}.${extension}`;
}

export function checkUpload(name: string, content: Uint8Array, alreadyAttached: number): UploadCheck {
  if (content.byteLength === 0) return { ok: false, error: "fileMissing" };
  if (alreadyAttached >= MAX_FILES) return { ok: false, error: "tooManyFiles" };
  if (content.byteLength > MAX_FILE_BYTES) return { ok: false, error: "fileTooLarge" };
  const signature = signatureOf(content);
  return signature
    ? { ok: true, mimeType: signature.mimeType, filename: storedFilename(name, signature.extension) }
    : { ok: false, error: "fileType" };
}
