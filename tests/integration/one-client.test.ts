// One Prisma client (and so one pool) per process, even when Next.js bundles the
// instrumentation hook and the routes apart, each with its own copy of the client module.
import { describe, expect, it, vi } from "vitest";

describe("the database client", () => {
  it("is shared by separate copies of its module, and so is the outbox's delivery, in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    const first = await import("@/lib/db/client");
    vi.resetModules();
    const second = await import("@/lib/db/client");
    expect(second).not.toBe(first); // two module instances, as two bundles have
    expect(second.db).toBe(first.db); // one client
    expect(Number((await second.db.$queryRawUnsafe<{ one: number | bigint }[]>("SELECT 1 AS one"))[0]!.one)).toBe(1);

    vi.resetModules();
    const outboxA = await import("@/lib/notifications/outbox");
    vi.resetModules();
    const outboxB = await import("@/lib/notifications/outbox");
    const running = outboxA.deliverOutboxSoon();
    expect(outboxB.deliverOutboxSoon()).toBe(running); // the second copy joins the first delivery
    await running;
    vi.unstubAllEnvs();
  });
});
