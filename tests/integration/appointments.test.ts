// Booking against the real database (SQLite, then PostgreSQL in npm test): the last place of a
// slot goes to one person only, one active booking per passport and service, cancelling gives
// the place back, and the confirmation e-mail carries the calendar file.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { addClosedDay, addPeriod, removePeriod, saveService } from "../../app/lib/appointments/admin";
import { bookAppointment, endAppointment } from "../../app/lib/appointments/book";
import { queueReminders } from "../../app/lib/appointments/reminders";
import { findFreeSlots } from "../../app/lib/appointments/schedule";
import { decryptText } from "../../app/lib/crypto/protect";
import { db } from "../../app/lib/db/client";
import { moveAppointment, setSlotBlocked, slotsOfDay } from "../../app/lib/staff/appointments";
import { addDays, embassyDay, embassyInstant, embassyIso } from "../../app/lib/embassy-time";
import { forgetAppointmentSettings, resetAppointments } from "../support/appointments";
import { realStaff } from "../support/staff";

const tomorrow = addDays(embassyDay(), 1);
const tenOClock = embassyIso(embassyInstant(tomorrow, "10:00"));
const origin = "https://consular.example";

const booking = (n: number, over: Record<string, string> = {}) => ({
  service: "visa" as const,
  start: tenOClock,
  name: "Ali Khan",
  email: `ali${n}@example.com`,
  phone: "+923001234567",
  passportNumber: `AB${String(1_000_000 + n)}`,
  locale: "ur" as const,
  ...over,
});

beforeEach(() => resetAppointments());
afterAll(async () => {
  await forgetAppointmentSettings();
  await db.$disconnect();
});

describe("booking a slot", () => {
  it("gives a slot with 3 places to exactly 3 of 50 people booking at once", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => bookAppointment(booking(n), { origin })));
    const booked = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(booked).toHaveLength(3);
    expect(refused).toHaveLength(47);
    expect(new Set(refused.map((r) => r.error))).toEqual(new Set(["slotFull"]));
    // The counts add up: three rows, a count of three, three confirmation e-mails.
    expect(await db.appointment.count()).toBe(3);
    expect((await db.slotCount.findFirstOrThrow()).booked).toBe(3);
    expect(await db.outboxMessage.count()).toBe(3);
    expect(
      (await findFreeSlots({ id: "visa", durationMinutes: 30, capacity: 3 }, tomorrow, tomorrow)).some(
        (s) => embassyIso(s.start) === tenOClock,
      ),
    ).toBe(false);
  });

  it("holds one active booking per passport number and service, and a cancelled one frees both", async () => {
    const first = await bookAppointment(booking(1), { origin });
    expect(first.ok).toBe(true);
    const again = await bookAppointment(
      booking(1, { start: embassyIso(embassyInstant(tomorrow, "11:00")), email: "other@example.com" }),
      { origin },
    );
    expect(again).toEqual({ ok: false, error: "alreadyBooked" });
    // The refused attempt took no place.
    expect((await db.slotCount.findMany()).map((c) => c.booked).sort()).toEqual([1]);

    const appointment = await db.appointment.findFirstOrThrow();
    expect(decryptText(appointment.passportNumberEnc)).toBe("AB1000001");
    expect(await endAppointment(appointment.id, "cancelled")).toBe(true);
    expect(await endAppointment(appointment.id, "cancelled")).toBe(false);
    expect((await db.slotCount.findFirstOrThrow()).booked).toBe(0);
    expect((await bookAppointment(booking(1), { origin })).ok).toBe(true);
  });

  it("refuses a time that is not a slot, a slot in the past, and a blocked slot", async () => {
    expect(
      await bookAppointment(booking(1, { start: embassyIso(embassyInstant(tomorrow, "10:10")) }), { origin }),
    ).toEqual({ ok: false, error: "notASlot" });
    expect(
      await bookAppointment(booking(1, { start: embassyIso(embassyInstant(addDays(tomorrow, -2), "10:00")) }), {
        origin,
      }),
    ).toEqual({ ok: false, error: "notASlot" });
    expect(
      await bookAppointment(booking(1, { start: embassyIso(embassyInstant(addDays(tomorrow, 40), "10:00")) }), {
        origin,
      }),
    ).toEqual({ ok: false, error: "notASlot" });
    await db.blockedSlot.create({ data: { serviceId: "visa", start: new Date(tenOClock) } });
    expect(await bookAppointment(booking(1), { origin })).toEqual({ ok: false, error: "slotFull" });
    expect(await db.appointment.count()).toBe(0);
  });

  it("sends the confirmation in the applicant's language with a calendar file", async () => {
    const result = await bookAppointment(booking(7), { origin });
    if (!result.ok) throw new Error(result.error);
    const message = await db.outboxMessage.findFirstOrThrow();
    expect(message.recipient).toBe("ali7@example.com");
    expect(message.subject).toContain(result.reference);
    expect(message.subject).toContain("ویزا");
    expect(message.body).not.toContain("AB1000007");
    expect(message.attachmentName).toBe(`${result.reference}.ics`);
    expect(message.attachmentContent).toContain("BEGIN:VEVENT");
    const utc = new Date(tenOClock).toISOString().replace(/[-:]/g, "").slice(0, 15);
    expect(message.attachmentContent).toContain(`DTSTART:${utc}Z`);
  });
});

describe("the reminder the day before", () => {
  it("is queued once for each of tomorrow's bookings, even with two instances running it at once", async () => {
    const tomorrows = await bookAppointment(booking(1), { origin });
    await bookAppointment(booking(2, { start: embassyIso(embassyInstant(addDays(tomorrow, 1), "10:00")) }), { origin });
    const cancelled = await bookAppointment(booking(3), { origin });
    if (!tomorrows.ok || !cancelled.ok) throw new Error("not booked");
    await endAppointment(
      (await db.appointment.findUniqueOrThrow({ where: { reference: cancelled.reference } })).id,
      "cancelled",
    );
    await db.outboxMessage.deleteMany(); // the confirmations

    const [a, b] = await Promise.all([queueReminders(), queueReminders()]);
    expect(a + b).toBe(1);
    expect(await queueReminders()).toBe(0);
    const reminders = await db.outboxMessage.findMany();
    expect(reminders.map((m) => m.recipient)).toEqual(["ali1@example.com"]);
    expect(reminders[0]!.subject).toContain(tomorrows.reference);
  });
});

describe("the schedule as admins enter it", () => {
  // Real staff, signed in through the data layer (an admin with its second factor), not made-up objects.
  const staff = async (role: "admin" | "officer") => (await realStaff(`${role}-appointments@example.by`, role)).staff;

  it("makes slots from the hours entered, closes days, and refuses officers", async () => {
    await db.openingPeriod.deleteMany();
    const admin = await staff("admin");
    const service = { id: "visa", durationMinutes: 60, capacity: 2 };
    expect(await findFreeSlots(service, tomorrow, tomorrow)).toEqual([]);
    const weekday = new Date(`${tomorrow}T12:00:00Z`).getUTCDay();
    await addPeriod(admin, { weekday, opens: "09:00", closes: "11:00" });
    await saveService(admin, { id: "visa", durationMinutes: 60, capacity: 2, active: true });
    expect(
      (await findFreeSlots(service, tomorrow, tomorrow)).map((s) => [embassyIso(s.start).slice(11, 16), s.remaining]),
    ).toEqual([
      ["09:00", 2],
      ["10:00", 2],
    ]);
    await addClosedDay(admin, { day: tomorrow, reason: "Holiday" });
    expect(await findFreeSlots(service, tomorrow, tomorrow)).toEqual([]);
    await expect(removePeriod(await staff("officer"), "x")).rejects.toThrow("Administrators only");
    expect(await db.auditEvent.count({ where: { action: { startsWith: "appointments." } } })).toBeGreaterThanOrEqual(3);
  });
});

describe("staff blocking a slot", () => {
  it("takes it out of the free slots and gives it back, audited", async () => {
    const { staff: officer } = await realStaff("officer-blocking@example.by", "officer");
    const service = { id: "visa", durationMinutes: 30, capacity: 3 };
    const free = () =>
      findFreeSlots(service, tomorrow, tomorrow).then((slots) => slots.some((s) => embassyIso(s.start) === tenOClock));
    expect(await free()).toBe(true);
    await setSlotBlocked(officer, "visa", new Date(tenOClock), true);
    await setSlotBlocked(officer, "visa", new Date(tenOClock), true); // twice is once
    expect(await free()).toBe(false);
    expect((await slotsOfDay(tomorrow)).find((s) => embassyIso(s.start) === tenOClock)).toMatchObject({
      service: "visa",
      booked: 0,
      capacity: 3,
      blocked: true,
    });
    await setSlotBlocked(officer, "visa", new Date(tenOClock), false);
    expect(await free()).toBe(true);
    expect(
      await db.auditEvent.count({ where: { action: "appointments.slot_blocked", actorStaffId: officer.id } }),
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("staff moving a visit on the applicant's behalf", () => {
  const at = (time: string) => embassyInstant(tomorrow, time);
  const countAt = async (time: string) =>
    (await db.slotCount.findUnique({ where: { serviceId_start: { serviceId: "visa", start: at(time) } } }))?.booked ??
    0;
  const idOf = async (reference: string) => (await db.appointment.findUniqueOrThrow({ where: { reference } })).id;

  it("takes the new place and gives the old one back, e-mails the new time, audits both times, and refuses a full, blocked or made-up slot", async () => {
    const { staff: officer } = await realStaff("officer-moving@example.by", "officer");
    for (const n of [1, 2, 3]) expect((await bookAppointment(booking(n), { origin })).ok).toBe(true);
    const later = await bookAppointment(booking(4, { start: embassyIso(at("10:30")) }), { origin });
    if (!later.ok) throw new Error(later.error);
    const id = await idOf(later.reference);
    await db.appointment.update({ where: { id }, data: { reminderQueuedAt: new Date() } });

    expect(await moveAppointment(officer, id, at("10:00"), origin)).toBe("slotFull"); // 10:00 has its 3 people
    expect(await moveAppointment(officer, id, at("10:10"), origin)).toBe("notASlot");
    await setSlotBlocked(officer, "visa", at("11:30"), true);
    expect(await moveAppointment(officer, id, at("11:30"), origin)).toBe("slotFull");
    expect(await countAt("10:30")).toBe(1);

    const mails = await db.outboxMessage.count();
    expect(await moveAppointment(officer, id, at("11:00"), origin)).toBe("moved");
    expect([await countAt("10:30"), await countAt("11:00")]).toEqual([0, 1]);
    const moved = await db.appointment.findUniqueOrThrow({ where: { id } });
    expect(moved.start).toEqual(at("11:00"));
    expect(moved.reminderQueuedAt).toBeNull(); // reminded again, for the new day
    expect(await db.outboxMessage.count()).toBe(mails + 1);
    // The new calendar file replaces the old event: the same id, a higher revision, the new time.
    const files = (
      await db.outboxMessage.findMany({
        where: { attachmentName: `${later.reference}.ics` },
        orderBy: { createdAt: "asc" },
      })
    ).map((m) => m.attachmentContent ?? "");
    expect(files).toHaveLength(2);
    expect(files.map((f) => /^UID:(.+)$/m.exec(f)?.[1]?.trim())).toEqual([
      `${later.reference}@consular-helper`,
      `${later.reference}@consular-helper`,
    ]);
    expect(/^SEQUENCE:(\d+)/m.exec(files[0]!)?.[1]).toBe("0");
    expect(Number(/^SEQUENCE:(\d+)/m.exec(files[1]!)?.[1])).toBeGreaterThan(0);
    expect(files[1]).toMatch(/^DTSTART:20\d{6}T060000Z/m); // 11:00 Karachi
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "appointment.moved", actorStaffId: officer.id, targetId: id },
    });
    expect(audit.details).toEqual({ from: at("10:30").toISOString(), to: at("11:00").toISOString() });

    await endAppointment(id, "cancelled");
    expect(await moveAppointment(officer, id, at("12:00"), origin)).toBe("notBooked");
  });

  it("moves a visit once when two staff move it at the same time", async () => {
    const { staff: officer } = await realStaff("officer-moving-twice@example.by", "officer");
    const booked = await bookAppointment(booking(5), { origin });
    if (!booked.ok) throw new Error(booked.error);
    const id = await idOf(booked.reference);
    const results = await Promise.all([
      moveAppointment(officer, id, at("12:00"), origin),
      moveAppointment(officer, id, at("12:30"), origin),
    ]);
    expect(results.sort()).toEqual(["moved", "notBooked"]);
    expect((await countAt("10:00")) + (await countAt("12:00")) + (await countAt("12:30"))).toBe(1);
  });
});
