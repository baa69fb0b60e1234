/**
 * Seeds what the app needs, idempotently (safe on every start):
 * - settings rows with their defaults when missing (never overwriting the Embassy's edits);
 * - in demo mode (DEMO_MODE, on unless set to "false"): a demo officer and admin, and a few
 *   demo requests on an empty database. With demo mode off, the demo accounts are removed.
 */
import { db } from "../app/lib/db/client";
import { submitRequest } from "../app/lib/requests/submit-request";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "../app/lib/settings/definitions";
import { hashPassword } from "../app/lib/staff/passwords";
import { SERVICE_IDS } from "../app/lib/appointments/slots";

export const DEMO_ACCOUNTS = [
  { email: "officer@demo.invalid", name: "Demo Officer", role: "officer", password: "demo-officer-2026" },
  { email: "admin@demo.invalid", name: "Demo Admin", role: "admin", password: "demo-admin-2026" },
] as const;

const demoMode = () => process.env.DEMO_MODE !== "false";

async function seedDemo() {
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.staffUser.findUnique({ where: { email: account.email } });
    if (!exists) {
      const passwordHash = await hashPassword(account.password);
      await db.staffUser.create({ data: { email: account.email, name: account.name, role: account.role, passwordHash } });
    }
  }
  await seedDemoSchedule();
  if ((await db.request.count()) > 0) return;
  const origin = process.env.PUBLIC_ORIGIN ?? "http://localhost:3000";
  await submitRequest({
    type: "legalization",
    locale: "ru",
    origin,
    answers: { documentList: "Nikah nama (marriage certificate), Union Council Lahore, 2019", issuingCountry: "PK", issuingAuthority: "Union Council Lahore", mofaAttested: "yes", fullName: "Demo: Анна Хан", phone: "+923001234567" },
  });
  await submitRequest({
    type: "bereavement",
    locale: "en",
    origin,
    answers: { deceasedName: "Demo: Ivan Petrov", dateOfDeath: "2026-11-20", placeOfDeath: "Lahore", yourRelationship: "Wife", helpNeeded: "Documents to take him home", fullName: "Demo: Olga Petrova", phone: "+923001234568" },
  });
  await submitRequest({
    type: "consular_registration",
    locale: "ur",
    origin,
    answers: { registrationKind: "temporary", passportNumber: "MP1234567", dateOfBirth: "1990-03-27", cityInPakistan: "Islamabad", fullName: "Demo: Maria Ali", phone: "+923001234569" },
  });
}

/**
 * Demo mode's appointment schedule, so that the next 14 days have free slots: Monday to Friday
 * 09:00–13:00, marked `demo` (the pages then say it is an example) and removed when demo mode is
 * off. These are not the Embassy's hours: it enters its own under admin → Appointments.
 */
async function seedDemoSchedule() {
  if ((await db.openingPeriod.count()) > 0) return;
  await db.openingPeriod.createMany({ data: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "13:00", demo: true })) });
  await db.appointmentService.update({ where: { id: "visa" }, data: { capacity: 3 } });
}

export async function seed(): Promise<void> {
  // The services that take appointments (the API's ids); their duration and places are the Embassy's to set.
  for (const [sortOrder, id] of SERVICE_IDS.entries()) {
    await db.appointmentService.upsert({ where: { id }, create: { id, sortOrder }, update: {} });
  }
  for (const key of SETTING_KEYS) {
    await db.setting.upsert({
      where: { key },
      create: { key, value: JSON.stringify(SETTING_DEFINITIONS[key].default), status: "to_be_confirmed" },
      update: {},
    });
  }
  if (demoMode()) await seedDemo();
  else {
    await db.staffUser.deleteMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    await db.openingPeriod.deleteMany({ where: { demo: true } });
  }
}

seed()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
