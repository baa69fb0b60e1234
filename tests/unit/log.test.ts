import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../app/lib/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("structured logs", () => {
  it("write one JSON object per line with the event and identifiers", () => {
    const { logger, lines } = capture();
    logger.info({ event: "request.submitted", reference: "BP-AAAA-AAAA", type: "legalization" });
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: 30,
      service: "consular-helper",
      event: "request.submitted",
      reference: "BP-AAAA-AAAA",
    });
    expect(typeof line.time).toBe("string");
  });

  it("redact personal data wherever it appears, and keep only an error's kind and stack", () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error("Invalid passport MP1234567 for Anna Khan"), { code: "E_INPUT" });
    logger.warn({
      event: "x",
      email: "anna@example.com",
      phone: "+923001234567",
      request: { applicantName: "Anna Khan", passportNumber: "MP1234567" },
      headers: { cookie: "ch_staff=secret" },
      err: error,
    });
    const text = lines.join("");
    for (const secret of ["anna@example.com", "+923001234567", "Anna Khan", "MP1234567", "ch_staff=secret"])
      expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      email: "[redacted]",
      request: { applicantName: "[redacted]" },
      err: { type: "Error", code: "E_INPUT" },
    });
  });
});
