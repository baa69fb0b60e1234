// The API's shared refusals: 429 with Retry-After and no-store, 415 for a body that is not JSON.
import { describe, expect, it } from "vitest";
import { sendsJson, tooManyRequests } from "../../app/lib/api/refusals";
import { retryAfterSeconds } from "../../app/lib/rate-limit";

describe("API refusals", () => {
  it("say when the current window ends", () => {
    const hour = 60 * 60 * 1000;
    expect(retryAfterSeconds(hour, new Date("2026-11-27T10:00:00Z"))).toBe(3600);
    expect(retryAfterSeconds(hour, new Date("2026-11-27T10:59:59.500Z"))).toBe(1);
    expect(retryAfterSeconds(hour, new Date("2026-11-27T10:30:00Z"))).toBe(1800);
    const response = tooManyRequests(hour, new Date("2026-11-27T10:45:00Z"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("900");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("accept JSON by its media type only", () => {
    const withType = (type?: string) =>
      new Request("http://x/", { method: "POST", headers: type ? { "Content-Type": type } : {} });
    expect(sendsJson(withType("application/json"))).toBe(true);
    expect(sendsJson(withType("Application/JSON; charset=utf-8"))).toBe(true);
    expect(sendsJson(withType("application/problem+json"))).toBe(true);
    expect(sendsJson(withType("text/plain"))).toBe(false);
    expect(sendsJson(withType("application/jsonp"))).toBe(false);
    expect(sendsJson(withType())).toBe(false);
  });
});
