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

describe("GET /api/ready", () => {
  it("is ready when every shipped migration is applied", async () => {
    const { GET } = await import("../../app/api/ready/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "up", migrations: "up to date" });
  });

  it("names the migrations a newer release brings that the database lacks", async () => {
    const { pendingMigrations, shippedMigrations } = await import("../../app/lib/db/migration-state");
    expect(shippedMigrations().length).toBeGreaterThan(0);
    expect(await pendingMigrations()).toEqual([]);
    expect(await pendingMigrations([...shippedMigrations(), "29991231000000_from_the_future"])).toEqual([
      "29991231000000_from_the_future",
    ]);
  });

  it("is not ready when the database does not answer", async () => {
    vi.doMock("../../app/lib/db/check-database", () => ({ isDatabaseReachable: async () => false }));
    const { GET } = await import("../../app/api/ready/route");
    expect((await GET()).status).toBe(503);
  });
});
