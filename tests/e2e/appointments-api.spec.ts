// The appointments API against the production build on the demo schedule (seeded: Monday to
// Friday 09:00–13:00, 3 places per visa slot): free slots, booking, the 409s, every field
// named, and 50 bookings at once at a slot with 3 places.
import { expect, test, type APIRequestContext } from "@playwright/test";

test.describe.configure({ mode: "serial" });

type Slot = { service: string; start: string; remaining: number };

const today = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10); // Karachi: UTC+5
const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function freeSlots(request: APIRequestContext, service = "visa"): Promise<Slot[]> {
  const response = await request.get(`/api/v1/appointments/slots?service=${service}&from=${today()}&to=${inDays(13)}`);
  expect(response.status()).toBe(200);
  return (await response.json()).slots;
}

let passport = 1_000_000;
const booking = (start: string, over: Record<string, unknown> = {}) => ({
  service: "visa",
  start,
  name: "Ali Khan",
  email: "ali@example.com",
  phone: "0300 1234567",
  passportNumber: `AB${passport++}`,
  locale: "ur",
  ...over,
});
const book = (request: APIRequestContext, body: unknown) =>
  request.post("/api/v1/appointments", { data: body as object });

test("the demo schedule has free slots in the next 14 days, in Karachi time", async ({ request }) => {
  const slots = await freeSlots(request);
  expect(slots.length).toBeGreaterThan(10);
  expect(slots[0]!.start).toMatch(/^\d{4}-\d{2}-\d{2}T(09|1[0-2]):\d{2}:00\+05:00$/);
  expect(slots.every((s) => s.service === "visa" && s.remaining >= 1)).toBe(true);
});

test("a bad query names every parameter", async ({ request }) => {
  const response = await request.get("/api/v1/appointments/slots?service=tourism&from=tomorrow");
  expect(response.status()).toBe(400);
  expect((await response.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual([
    "from",
    "service",
    "to",
  ]);
  const reversed = await request.get(`/api/v1/appointments/slots?service=visa&from=${inDays(5)}&to=${inDays(1)}`);
  expect((await reversed.json()).errors).toEqual([{ field: "to", message: "beforeFrom" }]);
});

test(
  "books a slot, and refuses a second active booking for the same passport and service",
  { tag: "@postgres" },
  async ({ request }) => {
    const [slot] = await freeSlots(request);
    const body = booking(slot!.start);
    const response = await book(request, body);
    expect(response.status()).toBe(201);
    const created = await response.json();
    expect(created.reference).toMatch(/^BP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(created.accessCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(created.start).toBe(slot!.start);
    const remaining = (await freeSlots(request)).find((s) => s.start === slot!.start)?.remaining ?? 0;
    expect(remaining).toBe(slot!.remaining - 1);

    const again = await book(request, { ...body, start: (await freeSlots(request))[3]!.start });
    expect(again.status()).toBe(409);
    expect(await again.json()).toEqual({ error: "already_booked" });
  },
);

test("names every invalid field, refuses what is not a slot, a non-object and a huge body", async ({ request }) => {
  const invalid = await book(request, {
    service: "tourism",
    start: "next Tuesday",
    name: "",
    email: "no",
    phone: "12",
    passportNumber: "x",
    locale: "fr",
    extra: 1,
  });
  expect(invalid.status()).toBe(422);
  const fields = (await invalid.json()).errors.map((e: { field: string }) => e.field).sort();
  expect(fields).toEqual(["email", "extra", "locale", "name", "passportNumber", "phone", "service", "start"]);

  const offGrid = await book(request, booking(`${inDays(7)}T09:10:00+05:00`));
  expect(offGrid.status()).toBe(422);
  expect((await offGrid.json()).errors).toEqual([{ field: "start", message: "notASlot" }]);

  expect(
    (
      await request.post("/api/v1/appointments", { data: "[1,2]", headers: { "Content-Type": "application/json" } })
    ).status(),
  ).toBe(400);
  expect(
    (
      await request.post("/api/v1/appointments", { data: "not json", headers: { "Content-Type": "application/json" } })
    ).status(),
  ).toBe(400);
  expect(
    (
      await request.post("/api/v1/appointments", {
        data: JSON.stringify({ name: "x".repeat(20_000) }),
        headers: { "Content-Type": "application/json" },
      })
    ).status(),
  ).toBe(413);
});

test(
  "50 bookings at once at a slot with 3 places: exactly 3 succeed and 47 get 409",
  { tag: "@postgres" },
  async ({ request }) => {
    const slot = (await freeSlots(request)).findLast((s) => s.remaining === 3)!;
    const responses = await Promise.all(Array.from({ length: 50 }, () => book(request, booking(slot.start))));
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(47);
    for (const r of responses.filter((r) => r.status() === 409)) expect(await r.json()).toEqual({ error: "slot_full" });
    expect((await freeSlots(request)).some((s) => s.start === slot.start)).toBe(false);
  },
);

test("is documented in /api/v1/openapi.json", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const post = doc.paths["/api/v1/appointments"].post;
  expect(Object.keys(post.requestBody.content["application/json"].schema.properties).sort()).toEqual([
    "email",
    "locale",
    "name",
    "passportNumber",
    "phone",
    "purpose",
    "service",
    "start",
  ]);
  expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["201", "409", "422", "429"]));
  expect(doc.paths["/api/v1/appointments/slots"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
    "service",
    "from",
    "to",
  ]);
});
