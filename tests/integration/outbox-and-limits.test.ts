// E-mail delivery through a real (in-process) SMTP server, claims, and rate limits.
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { reloadConfig } from "../../app/lib/config";
import { withinBookingLimit, withinWaitlistJoinLimit } from "../../app/lib/appointments/limits";
import { db } from "../../app/lib/db/client";
import { log } from "../../app/lib/log";
import { deliverOutbox, deliverOutboxSoon } from "../../app/lib/notifications/outbox";
import {
  boundedKey,
  clientKey,
  deleteExpiredRateLimits,
  LONGEST_WINDOW_MS,
  withinLimit,
} from "../../app/lib/rate-limit";

const received: { to: string; subject: string; text: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ to: (mail.to as { text: string }).text, subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  reloadConfig();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  reloadConfig();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});
beforeEach(async () => {
  received.length = 0;
  await db.outboxMessage.deleteMany();
  await db.rateLimit.deleteMany();
});

describe("the outbox", () => {
  it("sends pending messages over SMTP and marks them sent", async () => {
    await db.outboxMessage.create({
      data: { recipient: "anna@example.com", subject: "Your request BP-1: Received", body: "Status: Received" },
    });
    expect(await deliverOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(received).toEqual([
      { to: "anna@example.com", subject: "Your request BP-1: Received", text: "Status: Received\n" },
    ]);
    expect((await db.outboxMessage.findFirstOrThrow()).status).toBe("sent");
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 });
  });

  it("never sends a message twice when two senders run at once", async () => {
    for (let i = 0; i < 10; i++)
      await db.outboxMessage.create({ data: { recipient: `r${i}@example.com`, subject: `S${i}`, body: "B" } });
    const [a, b] = await Promise.all([deliverOutbox(), deliverOutbox()]);
    expect(a.sent + b.sent).toBe(10);
    expect(received.map((m) => m.subject).sort()).toEqual([...Array(10).keys()].map((i) => `S${i}`).sort());
  });

  it("delivers once at a time in a process: calls made during a delivery share it", async () => {
    for (const subject of ["First", "Second"])
      await db.outboxMessage.create({ data: { recipient: "anna@example.com", subject, body: "B" } });
    const delivery = deliverOutboxSoon();
    expect(deliverOutboxSoon()).toBe(delivery);
    expect(deliverOutboxSoon()).toBe(delivery);
    await delivery;
    expect(received.map((m) => m.subject).sort()).toEqual(["First", "Second"]);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(2);
    // Once it has finished, the next call starts a new delivery.
    const next = deliverOutboxSoon();
    expect(next).not.toBe(delivery);
    await next;
  });

  it("without SMTP_URL writes the rendered e-mail to the log, without its recipient, and marks it logged, not sent", async () => {
    const smtp = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    reloadConfig();
    const info = vi.spyOn(log, "info");
    try {
      await db.outboxMessage.create({
        data: {
          recipient: "anna@example.com",
          subject: "Your request BP-1: Received",
          body: "Status: Received. Follow it at https://x/en/track?reference=BP-1",
        },
      });
      expect(await deliverOutbox()).toEqual({ sent: 1, failed: 0 });
      const events = info.mock.calls.map(([fields]) => fields as Record<string, unknown>);
      const logged = events.find((fields) => fields.event === "email.logged");
      expect(logged).toMatchObject({
        subject: "Your request BP-1: Received",
        text: expect.stringContaining("track?reference=BP-1"),
      });
      expect(JSON.stringify(logged)).not.toContain("anna@example.com");
      expect(events.some((fields) => fields.event === "email.sent")).toBe(false);
      expect((await db.outboxMessage.findFirstOrThrow()).status).toBe("logged");
      expect(received).toEqual([]);
    } finally {
      info.mockRestore();
      process.env.SMTP_URL = smtp;
      reloadConfig();
    }
  });

  it("keeps a message for later when the mail server is down", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    reloadConfig();
    await db.outboxMessage.create({ data: { recipient: "anna@example.com", subject: "S", body: "B" } });
    const { failed } = await deliverOutbox();
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    reloadConfig();
    expect(failed).toBe(1);
    const message = await db.outboxMessage.findFirstOrThrow();
    expect(message.status).toBe("pending");
    expect(message.availableAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("rate limits", () => {
  it("allow up to the limit per window, then refuse", async () => {
    const now = new Date("2026-11-27T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await withinLimit("test:1.2.3.4", 3, 60_000, now));
    expect(results).toEqual([true, true, true, false]);
    expect(await withinLimit("test:1.2.3.4", 3, 60_000, new Date("2026-11-27T10:01:00Z"))).toBe(true);
  });

  it("count hits that arrive together exactly once each", async () => {
    const now = new Date("2026-11-27T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => withinLimit("test:together", 10, 60_000, now)));
    expect(results.filter(Boolean)).toHaveLength(10);
  });

  it("keep keys short whatever goes into them, and still distinct", async () => {
    const now = new Date("2026-11-27T12:00:00Z");
    const long = `login:${"a".repeat(5000)}@example.by`;
    expect(boundedKey(long).length).toBeLessThanOrEqual(100);
    expect(boundedKey(long)).not.toBe(boundedKey(`${long}x`));
    expect(await withinLimit(long, 1, 60_000, now)).toBe(true);
    expect(await withinLimit(long, 1, 60_000, now)).toBe(false);
    expect(await withinLimit(`${long}x`, 1, 60_000, now)).toBe(true);
    const stored = await db.rateLimit.findMany({ where: { key: { startsWith: "login:" } } });
    expect(stored.every((row) => row.key.length <= 100)).toBe(true);
  });

  it("delete windows that have ended, and only those", async () => {
    await db.rateLimit.deleteMany();
    const now = new Date("2026-11-28T12:00:00Z");
    await withinLimit("test:old", 10, 60 * 60_000, new Date("2026-11-27T10:00:00Z"));
    await withinLimit("test:today", 10, 24 * 60 * 60_000, new Date("2026-11-28T00:30:00Z"));
    await withinLimit("test:now", 10, 60_000, now);
    expect(await deleteExpiredRateLimits(now)).toBe(1);
    expect((await db.rateLimit.findMany()).map((row) => row.key).sort()).toEqual(["test:now", "test:today"]);
    await expect(withinLimit("test:too-long", 1, 2 * LONGEST_WINDOW_MS)).rejects.toThrow(/at most/);
  });

  it("let one client join wait-lists WAITLIST_JOINS_PER_DAY times a day, whatever the hourly booking limit", async () => {
    const before = { hourly: process.env.REQUESTS_PER_HOUR, daily: process.env.WAITLIST_JOINS_PER_DAY };
    process.env.REQUESTS_PER_HOUR = "1000";
    delete process.env.WAITLIST_JOINS_PER_DAY; // the default: 5
    reloadConfig();
    try {
      const joins = [];
      for (let i = 0; i < 6; i++) joins.push(await withinWaitlistJoinLimit("2001:db8:77:1::1"));
      expect(joins).toEqual([true, true, true, true, true, false]);
      // Another address of the same /64 is the same client; the hourly booking limit is a counter of its own.
      expect(await withinWaitlistJoinLimit("2001:db8:77:1:ffff::9")).toBe(false);
      expect(await withinBookingLimit("2001:db8:77:1::1")).toBe(true);
    } finally {
      for (const [name, value] of [
        ["REQUESTS_PER_HOUR", before.hourly],
        ["WAITLIST_JOINS_PER_DAY", before.daily],
      ] as const)
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- assigning undefined would store "undefined"
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      reloadConfig();
    }
  });

  it("key IPv6 clients by their /64", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
  });
});
