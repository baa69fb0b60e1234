import { afterEach, describe, expect, it } from "vitest";
import { judgeSubmission } from "../../../app/lib/requests/bot-check";
import { minFillMs } from "../../../app/lib/requests/limits";

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
    expect(judgeSubmission({ honeypot: "ACME Ltd", startedAt: started, now: after(3_600_000), minFillMs: 5000 })).toBe("bot");
  });

  it("turns off with a minimum of 0", () => {
    expect(judgeSubmission({ honeypot: "", startedAt: started, now: started, minFillMs: 0 })).toBe("person");
  });
});

describe("REQUEST_MIN_FILL_SECONDS", () => {
  const saved = process.env.REQUEST_MIN_FILL_SECONDS;
  afterEach(() => {
    if (saved === undefined) delete process.env.REQUEST_MIN_FILL_SECONDS;
    else process.env.REQUEST_MIN_FILL_SECONDS = saved;
  });

  it("defaults to 5 seconds and takes 0 or any other non-negative number", () => {
    delete process.env.REQUEST_MIN_FILL_SECONDS;
    expect(minFillMs()).toBe(5000);
    for (const [value, ms] of [["0", 0], ["1.5", 1500], ["", 5000], ["-1", 5000], ["soon", 5000]] as const) {
      process.env.REQUEST_MIN_FILL_SECONDS = value;
      expect(minFillMs()).toBe(ms);
    }
  });
});
