import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("../../app/lib/db/check-database");
  vi.resetModules();
});

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const { GET } = await import("../../app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("answers 503 when it is not", async () => {
    vi.doMock("../../app/lib/db/check-database", () => ({ isDatabaseReachable: async () => false }));
    const { GET } = await import("../../app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
  });
});
