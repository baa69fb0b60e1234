import { describe, expect, it } from "vitest";
import { unavailableAs503 } from "@/lib/db/unavailable";

describe("a route handler while the database is unreachable", () => {
  it("answers 503 with an error code and Retry-After when Prisma cannot reach the database", async () => {
    const handler = unavailableAs503(async () => {
      throw Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toEqual({ error: "service_unavailable" });
  });

  it("also when a raw query could not reach it (P2010 carrying the adapter's DatabaseNotReachable)", async () => {
    const handler = unavailableAs503(async () => {
      throw Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
    });
    expect((await handler()).status).toBe(503);
  });

  it("lets every other error through, and every answer", async () => {
    const broken = unavailableAs503(async () => {
      throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    });
    await expect(broken()).rejects.toThrow("Unique constraint failed");
    const fine = unavailableAs503(async () => new Response("ok", { status: 201 }));
    expect((await fine()).status).toBe(201);
  });
});
