import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../app/lib/config";
import { judgeSubmission } from "../../../app/lib/requests/bot-check";

const started = new Date("2026-12-01T10:00:00Z");
const after = (ms: number) => new Date(started.getTime() + ms);

describe("the minimum fill time", () => {
  it("runs from the first page of the journey: a person who sends the check page a second after it loads is a person", () => {
    // 40 s on the question pages, then 1 s on check-your-answers.
    expect(judgeSubmission({ honeypot: "", startedAt: started, now: after(41_000), minFillMs: 5000 })).toBe("person");
  });

  it("refuses a whole journey faster than anyone can answer it, without calling it a bot", () => {
    expect(judgeSubmission({ honeypot: "", startedAt: started, now: after(4999), minFillMs: 5000 })).toBe("tooQuick");
    expect(judgeSubmission({ honeypot: "", startedAt: started, now: after(5000), minFillMs: 5000 })).toBe("person");
  });

  it("marks a filled honeypot as a bot, however slow", () => {
    expect(judgeSubmission({ honeypot: "ACME Ltd", startedAt: started, now: after(3_600_000), minFillMs: 5000 })).toBe(
      "bot",
    );
  });

  it("turns off with a minimum of 0", () => {
    expect(judgeSubmission({ honeypot: "", startedAt: started, now: started, minFillMs: 0 })).toBe("person");
  });
});

describe("REQUEST_MIN_FILL_SECONDS", () => {
  it("defaults to 5 seconds, takes 0 (off) or any whole number of seconds, and refuses anything else", () => {
    expect(parseConfig({}).minFillMs).toBe(5000);
    expect(parseConfig({ REQUEST_MIN_FILL_SECONDS: "" }).minFillMs).toBe(5000);
    expect(parseConfig({ REQUEST_MIN_FILL_SECONDS: "0" }).minFillMs).toBe(0);
    expect(parseConfig({ REQUEST_MIN_FILL_SECONDS: "12" }).minFillMs).toBe(12_000);
    for (const value of ["-1", "soon", "1.5"])
      expect(() => parseConfig({ REQUEST_MIN_FILL_SECONDS: value }), value).toThrow(/REQUEST_MIN_FILL_SECONDS/);
  });
});
