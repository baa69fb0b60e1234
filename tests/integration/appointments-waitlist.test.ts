// The wait-list against the real database (SQLite, then PostgreSQL in npm test): a freed place
// is held for the first person in line and offered once, even with two instances running the
// expiry job at once; confirming books the held place; an expired offer moves on. Also: staff
// booking on someone's behalf, and a booking linked only to a request its browser has opened.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// The tracking session lives in a cookie: a jar stands in for next/headers' cookies().
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: ({ name }: { name: string }) => jar.delete(name),
  }),
  headers: async () => new Headers({ host: "127.0.0.1" }),
}));

const { bookAppointment, endAppointment } = await import("../../app/lib/appointments/book");
const { requestToLink } = await import("../../app/lib/appointments/request-link");
const { findFreeSlots } = await import("../../app/lib/appointments/schedule");
const { declineOffer, expireOffers, findOffer, joinWaitlist, offerPath } =
  await import("../../app/lib/appointments/waitlist");
const { db } = await import("../../app/lib/db/client");
const { addDays, embassyDay, embassyInstant, embassyIso } = await import("../../app/lib/embassy-time");
const { publicOrigin } = await import("../../app/lib/public-origin");
const { submitRequest } = await import("../../app/lib/requests/submit-request");
const { accessByCode, startTrackingSession } = await import("../../app/lib/requests/tracking-access");
const { applyRetentionAsSystem } = await import("../../app/lib/staff/retention");
const { appointmentsOfDay, bookOnBehalf, setSlotBlocked, slotsOfDay } =
  await import("../../app/lib/staff/appointments");
const { openRequest } = await import("../../app/lib/staff/request-view");
const { forgetAppointmentSettings, resetAppointments } = await import("../support/appointments");
const { realStaff } = await import("../support/staff");

const origin = "https://consular.example";
const dayAfter = addDays(embassyDay(), 2);
const slot = embassyInstant(dayAfter, "10:00");
const HOUR = 3_600_000;

const booking = (n: number, over: Record<string, string> = {}) => ({
  service: "visa" as const,
  start: embassyIso(slot),
  name: "Ali Khan",
  email: `ali${n}@example.com`,
  phone: "+923001234567",
  passportNumber: `AB${String(1_000_000 + n)}`,
  locale: "ur" as const,
  ...over,
});
const join = (name: string, locale: "en" | "ru" | "ur" = "en", fromDay = dayAfter, toDay = dayAfter) =>
  joinWaitlist({
    service: "visa",
    fromDay,
    toDay,
    name,
    email: `${name.toLowerCase().replace(/\s/g, ".")}@example.com`,
    locale,
  });
const placesTaken = async () =>
  (await db.slotCount.findUnique({ where: { serviceId_start: { serviceId: "visa", start: slot } } }))?.booked ?? 0;
const statusOf = async (name: string) => (await db.waitlistEntry.findFirstOrThrow({ where: { name } })).status;
const idOf = async (reference: string) => (await db.appointment.findUniqueOrThrow({ where: { reference } })).id;
/** The offer link's token, read from the e-mail sent to `email`, as the person would click it. */
async function offerToken(email: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { recipient: email, body: { contains: "/appointments/offer/" } },
  });
  return /\/appointments\/offer\/([A-Za-z0-9_-]{43})/.exec(message.body)![1]!;
}
/** Fills the slot (1 place) and puts people on its wait-list; returns the booked visit's id. */
async function fullSlotWithWaiting(...names: string[]): Promise<string> {
  const booked = await bookAppointment(booking(1), { origin });
  if (!booked.ok) throw new Error(booked.error);
  for (const name of names) {
    expect(await join(name)).toBe("joined");
    await new Promise((resolve) => setTimeout(resolve, 5)); // distinct createdAt: the order of joining
  }
  return idOf(booked.reference);
}

beforeEach(async () => {
  jar.clear();
  await resetAppointments(1);
  // One slot a day (10:00, one place): a booking fills the day, so its wait-list can be joined.
  await db.openingPeriod.deleteMany();
  await db.openingPeriod.createMany({
    data: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "10:00", closes: "10:30" })),
  });
});
afterAll(async () => {
  await db.waitlistEntry.deleteMany();
  await forgetAppointmentSettings();
  await db.$disconnect();
});

describe("joining the wait-list", () => {
  it("is refused while the range still has a free place, and taken once it has none", async () => {
    expect(await join("Early Bird")).toBe("freePlaces");
    expect((await bookAppointment(booking(1), { origin })).ok).toBe(true);
    expect(await join("Early Bird")).toBe("joined");
    expect(await join("Too Late", "en", addDays(embassyDay(), -5), addDays(embassyDay(), -1))).toBe("past");
  });
});

describe("one entry per service and address", () => {
  it("a second join from the same address, written differently, keeps one entry and its place in line", async () => {
    await fullSlotWithWaiting("Sana Rashid", "Omar Farooq");
    const first = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Sana Rashid" } });
    expect(
      await joinWaitlist({
        service: "visa",
        fromDay: dayAfter,
        toDay: dayAfter,
        name: "Sana R.",
        email: " Sana.Rashid@Example.COM",
        locale: "ru",
      }),
    ).toBe("joined");
    const entries = await db.waitlistEntry.findMany({ where: { serviceId: "visa" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.name)).toEqual(["Sana R.", "Omar Farooq"]);
    expect(entries[0]).toMatchObject({ id: first.id, locale: "ru", createdAt: first.createdAt });
  });

  it("five joins of one address sent at once make one entry", async () => {
    await fullSlotWithWaiting();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => join("Zainab Bibi")));
    expect(results).toEqual(["joined", "joined", "joined", "joined", "joined"]);
    expect(await db.waitlistEntry.count({ where: { email: "zainab.bibi@example.com" } })).toBe(1);
  });
});

describe("saying no to an offer", () => {
  it("passes the place to the next in line at once, ends the link, and the person may join again", async () => {
    const id = await fullSlotWithWaiting("Sana Rashid", "Omar Farooq");
    expect(await endAppointment(id, "cancelled")).toBe(true);
    const token = await offerToken("sana.rashid@example.com");
    expect(await declineOffer(token)).toBe(true);
    expect(await statusOf("Sana Rashid")).toBe("declined");
    expect(await statusOf("Omar Farooq")).toBe("offered");
    expect(await placesTaken()).toBe(1); // held for Omar now
    expect(await findOffer(token)).toBeNull();
    expect(await declineOffer(token)).toBe(false); // the link works once
    expect(await join("Sana Rashid")).toBe("joined");
    expect(await db.waitlistEntry.count({ where: { email: "sana.rashid@example.com" } })).toBe(2);
  });

  it("a no and a yes sent at once: one of them wins, and the place is counted once", async () => {
    const id = await fullSlotWithWaiting("Sana Rashid");
    expect(await endAppointment(id, "cancelled")).toBe(true);
    const token = await offerToken("sana.rashid@example.com");
    const offer = (await findOffer(token))!;
    const [no, yes] = await Promise.all([
      declineOffer(token),
      bookAppointment(booking(2, { name: offer.name, email: offer.email }), { origin, offerId: offer.id }),
    ]);
    expect([no, yes.ok].filter(Boolean)).toHaveLength(1);
    // A yes books the held place; a no gives it back, nobody else waiting.
    expect(await statusOf("Sana Rashid")).toBe(yes.ok ? "booked" : "declined");
    expect(await placesTaken()).toBe(yes.ok ? 1 : 0);
  });
});

describe("a place freed by a cancellation", () => {
  it("is held for the first in line, in their language, not bookable by anyone else, and booked once when confirmed", async () => {
    const id = await fullSlotWithWaiting("Sana Rashid", "Omar Farooq");
    await db.waitlistEntry.updateMany({ where: { name: "Sana Rashid" }, data: { locale: "ur" } });
    await db.outboxMessage.deleteMany();

    expect(await endAppointment(id, "cancelled")).toBe(true);
    expect(await statusOf("Sana Rashid")).toBe("offered");
    expect(await statusOf("Omar Farooq")).toBe("waiting");
    // The place stays taken while the offer is open: nobody else sees or books it.
    expect(await placesTaken()).toBe(1);
    expect(await findFreeSlots({ id: "visa", durationMinutes: 30, capacity: 1 }, dayAfter, dayAfter)).toEqual([]);
    expect(await bookAppointment(booking(9), { origin })).toEqual({ ok: false, error: "slotFull" });
    // The staff day view tells the held place from a visit: taken, held for the offer until it runs out.
    const held = (await slotsOfDay(dayAfter)).find((s) => s.service === "visa" && s.start.getTime() === slot.getTime());
    const expiresAt = (await db.waitlistEntry.findFirstOrThrow({ where: { name: "Sana Rashid" } })).offerExpiresAt;
    expect(held).toMatchObject({ booked: 1, heldUntil: [expiresAt] });

    const mail = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "sana.rashid@example.com" } });
    expect(mail.subject).toContain("ویزا"); // Urdu: the entry's language
    const token = await offerToken("sana.rashid@example.com");
    // A cancellation has no request to take a host from: the link is on PUBLIC_ORIGIN.
    expect(mail.body).toContain(`${publicOrigin()}${offerPath("ur", token)}`);
    // Only the keyed hash is stored.
    expect((await db.waitlistEntry.findFirstOrThrow({ where: { name: "Sana Rashid" } })).offerTokenHash).not.toContain(
      token,
    );

    const offer = await findOffer(token);
    expect(offer).toMatchObject({
      service: "visa",
      start: slot,
      name: "Sana Rashid",
      email: "sana.rashid@example.com",
    });
    const confirm = (n: number) =>
      bookAppointment(booking(n, { name: offer!.name, email: offer!.email }), { origin, offerId: offer!.id });
    // Confirmed twice at once (a double click): one booking.
    const results = await Promise.all([confirm(2), confirm(3)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(["offerGone"]);
    expect(await placesTaken()).toBe(1); // the held place, not a second one
    expect(await db.appointment.count({ where: { status: "booked" } })).toBe(1);
    const entry = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Sana Rashid" } });
    expect(entry.status).toBe("booked");
    expect(entry.appointmentId).toBe((await db.appointment.findFirstOrThrow({ where: { status: "booked" } })).id);
    expect(await findOffer(token)).toBeNull(); // used
  });

  it("keeps the offer open when the confirming passport already holds an active booking for the service", async () => {
    const id = await fullSlotWithWaiting("Sana Rashid");
    const other = await bookAppointment(
      booking(7, { start: embassyIso(embassyInstant(addDays(dayAfter, 1), "10:00")) }),
      { origin },
    );
    expect(other.ok).toBe(true);
    await endAppointment(id, "cancelled");
    const offer = (await findOffer(await offerToken("sana.rashid@example.com")))!;
    expect(
      await bookAppointment(booking(7, { name: offer.name, email: offer.email }), { origin, offerId: offer.id }),
    ).toEqual({ ok: false, error: "alreadyBooked" });
    expect(await statusOf("Sana Rashid")).toBe("offered");
    expect(await placesTaken()).toBe(1);
  });
});

describe("an offer that runs out", () => {
  it("is moved on once to the next in line, even with two instances running the job at once", async () => {
    const id = await fullSlotWithWaiting("First Person", "Second Person", "Third Person");
    await endAppointment(id, "cancelled");
    const firstToken = await offerToken("first.person@example.com");
    const { offerExpiresAt } = await db.waitlistEntry.findFirstOrThrow({ where: { name: "First Person" } });
    expect(offerExpiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(12 * HOUR); // the default offer hours
    await db.outboxMessage.deleteMany();

    expect(await expireOffers(new Date(offerExpiresAt!.getTime() - 1000))).toBe(0); // not yet
    const later = new Date(offerExpiresAt!.getTime() + 1000);
    const [a, b] = await Promise.all([expireOffers(later), expireOffers(later)]);
    expect(a + b).toBe(1);
    expect(await statusOf("First Person")).toBe("expired");
    expect(await statusOf("Second Person")).toBe("offered");
    expect(await statusOf("Third Person")).toBe("waiting");
    expect(await db.outboxMessage.count()).toBe(1); // one offer e-mail, to the second person
    expect((await db.outboxMessage.findFirstOrThrow()).recipient).toBe("second.person@example.com");
    expect(await placesTaken()).toBe(1); // still held, now for the second person
    expect(await findOffer(firstToken, later)).toBeNull();
    expect(await expireOffers(later)).toBe(0);
  });

  it("gives the place back to everyone when nobody else is waiting", async () => {
    const id = await fullSlotWithWaiting("Only Person");
    await endAppointment(id, "cancelled");
    const { offerExpiresAt } = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Only Person" } });
    expect(await placesTaken()).toBe(1);
    expect(await expireOffers(new Date(offerExpiresAt!.getTime() + 1000))).toBe(1);
    expect(await placesTaken()).toBe(0);
  });

  it("lasts as many hours as the setting says", async () => {
    await db.setting.upsert({
      where: { key: "appointments.waitlistOfferHours" },
      create: { key: "appointments.waitlistOfferHours", value: "2" },
      update: { value: "2" },
    });
    const id = await fullSlotWithWaiting("Quick Person");
    const before = Date.now();
    await endAppointment(id, "cancelled");
    const { offerExpiresAt } = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Quick Person" } });
    expect(offerExpiresAt!.getTime() - before).toBeGreaterThanOrEqual(2 * HOUR - 1000);
    expect(offerExpiresAt!.getTime() - before).toBeLessThanOrEqual(2 * HOUR + 5000);
  });
});

describe("staff", () => {
  it("unblocking a slot offers its free place to the wait-list first", async () => {
    const { staff: officer } = await realStaff("officer-waitlist@example.by", "officer");
    await setSlotBlocked(officer, "visa", slot, true);
    expect(await join("Patient Person")).toBe("joined");
    await setSlotBlocked(officer, "visa", slot, false);
    expect(await statusOf("Patient Person")).toBe("offered");
    expect(await placesTaken()).toBe(1);
  });

  it("books someone on their behalf, outside the public's window too, audited, with the same one-booking-per-passport rule", async () => {
    const { staff: officer } = await realStaff("officer-booking@example.by", "officer");
    const farAway = embassyIso(embassyInstant(addDays(embassyDay(), 40), "10:00")); // beyond opensDaysAhead (30)
    expect(await bookAppointment(booking(4, { start: farAway }), { origin })).toEqual({ ok: false, error: "notASlot" });
    const result = await bookOnBehalf(officer, booking(4, { start: farAway }), origin);
    if (!result.ok) throw new Error(result.error);
    const appointment = await db.appointment.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(appointment).toMatchObject({ bookedBy: "staff", bookedByStaffId: officer.id });
    const listed = (await appointmentsOfDay(addDays(embassyDay(), 40))).find((e) => e.id === appointment.id);
    expect(listed?.bookedByStaff).toEqual({ name: officer.name });
    expect(
      await db.auditEvent.count({
        where: { action: "appointment.booked_on_behalf", actorStaffId: officer.id, targetId: appointment.id },
      }),
    ).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipient: "ali4@example.com" } })).toBe(1);
    expect(await bookOnBehalf(officer, booking(4), origin)).toEqual({ ok: false, error: "alreadyBooked" });
    // The same database rule for the last place.
    expect((await bookOnBehalf(officer, booking(5), origin)).ok).toBe(true);
    expect(await bookOnBehalf(officer, booking(6), origin)).toEqual({ ok: false, error: "slotFull" });
  });
});

describe("a booking for a request", () => {
  const newRequest = () =>
    submitRequest({
      type: "general_inquiry",
      locale: "en",
      origin,
      answers: {
        subject: "Visa",
        message: "A question",
        fullName: "Anna Khan",
        phone: "+923001234567",
        email: "anna@example.com",
      },
    });

  it("is linked only to the request this browser's tracking session opens, and staff see it on that request", async () => {
    const { staff: officer } = await realStaff("officer-linked@example.by", "officer");
    const mine = await newRequest();
    const stranger = await newRequest();
    // No session: nothing to link, whatever reference is given.
    expect(await requestToLink(mine.reference)).toBeNull();
    await startTrackingSession((await accessByCode(mine.reference, mine.accessCode))!);
    expect(await requestToLink(stranger.reference)).toBeNull();
    const access = await requestToLink(mine.reference);
    expect(access?.reference).toBe(mine.reference);

    const refused = await bookAppointment(booking(2), { origin, request: await requestToLink(stranger.reference) });
    if (!refused.ok) throw new Error(refused.error);
    expect((await db.appointment.findUniqueOrThrow({ where: { reference: refused.reference } })).requestId).toBeNull();

    const linked = await bookAppointment(
      booking(3, { start: embassyIso(embassyInstant(addDays(dayAfter, 1), "10:00")) }),
      { origin, request: access },
    );
    if (!linked.ok) throw new Error(linked.error);
    const requestId = (await db.request.findUniqueOrThrow({ where: { reference: mine.reference } })).id;
    expect((await db.appointment.findUniqueOrThrow({ where: { reference: linked.reference } })).requestId).toBe(
      requestId,
    );
    const view = await openRequest(officer, requestId);
    expect(view!.appointments.map((a) => [a.reference, a.service, a.status])).toEqual([
      [linked.reference, "visa", "booked"],
    ]);
    const strangerView = await openRequest(
      officer,
      (await db.request.findUniqueOrThrow({ where: { reference: stranger.reference } })).id,
    );
    expect(strangerView!.appointments).toEqual([]);
  });
});

describe("retention", () => {
  it("deletes wait-list entries whose days have all passed, and keeps the others", async () => {
    await db.waitlistEntry.createMany({
      data: [
        {
          serviceId: "visa",
          fromDay: addDays(embassyDay(), -10),
          toDay: addDays(embassyDay(), -1),
          name: "Past",
          email: "past@example.com",
          locale: "en",
        },
        {
          serviceId: "visa",
          fromDay: addDays(embassyDay(), -3),
          toDay: embassyDay(),
          name: "Today",
          email: "today@example.com",
          locale: "en",
        },
      ],
    });
    expect((await applyRetentionAsSystem()).waitlist).toBe(1);
    expect((await db.waitlistEntry.findMany()).map((e) => e.name)).toEqual(["Today"]);
  });
});
