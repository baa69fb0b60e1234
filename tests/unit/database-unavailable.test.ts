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
      throw Object.assign(new Error("Raw query failed"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      });
    });
    expect((await handler()).status).toBe(503);
  });

  it("also when the connection died under a query (node-postgres's errors carry no code)", async () => {
    for (const message of [
      "Connection terminated unexpectedly",
      "Connection terminated",
      "Client has encountered a connection error and is not queryable",
    ]) {
      const handler = unavailableAs503(async () => {
        throw new Error(message);
      });
      expect((await handler()).status, message).toBe(503);
    }
    const wrapped = unavailableAs503(async () => {
      throw new Error("Transaction failed", { cause: new Error("Connection terminated unexpectedly") });
    });
    expect((await wrapped()).status).toBe(503);
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
