/**
 * Seeds what the app needs, idempotently (safe on every start):
 * - settings rows with their defaults when missing (never overwriting the Embassy's edits);
 * - in demo mode (app/lib/config.ts: SQLite unless DEMO_MODE=false, PostgreSQL only with DEMO_MODE=true): a demo officer and admin, and a few
 *   demo requests on an empty database. With demo mode off, the demo accounts are removed.
 */
import "../app/cli/check-config";
import { config } from "../app/lib/config";
import { encryptText } from "../app/lib/crypto/protect";
import { db } from "../app/lib/db/client";
import { submitRequest } from "../app/lib/requests/submit-request";
import { DEMO_CONTACTS } from "../app/lib/settings/before-going-public";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "../app/lib/settings/definitions";
import { hashPassword } from "../app/lib/staff/passwords";
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from "./demo-accounts";
import { SERVICE_IDS } from "../app/lib/appointments/slots";

async function seedDemo() {
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.staffUser.findUnique({ where: { email: account.email } });
    const secondFactor =
      account.role === "admin" ? { totpEnabled: true, totpSecretEnc: encryptText(DEMO_ADMIN_TOTP_SECRET) } : {};
    if (!exists) {
      const passwordHash = await hashPassword(account.password);
      await db.staffUser.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash, ...secondFactor },
      });
    } else if (account.role === "admin" && !exists.totpEnabled) {
      await db.staffUser.update({ where: { id: exists.id }, data: secondFactor }); // a demo database from before admins needed one
    }
  }
  await seedDemoSchedule();
  if ((await db.request.count()) > 0) return;
  const origin = config().publicOrigin;
  await submitRequest({
    type: "legalization",
    locale: "ru",
    origin,
    answers: {
      documentList: "Nikah nama (marriage certificate), Union Council Lahore, 2019",
      issuingCountry: "PK",
      issuingAuthority: "Union Council Lahore",
      mofaAttested: "yes",
      fullName: "Demo: Анна Хан",
      phone: "+923001234567",
    },
  });
  await submitRequest({
    type: "bereavement",
    locale: "en",
    origin,
    answers: {
      deceasedName: "Demo: Ivan Petrov",
      dateOfDeath: "2026-11-20",
      placeOfDeath: "Lahore",
      yourRelationship: "Wife",
      helpNeeded: "Documents to take him home",
      fullName: "Demo: Olga Petrova",
      phone: "+923001234568",
    },
  });
  await submitRequest({
    type: "consular_registration",
    locale: "ur",
    origin,
    answers: {
      registrationKind: "temporary",
      passportNumber: "MP1234567",
      dateOfBirth: "1990-03-27",
      cityInPakistan: "Islamabad",
      fullName: "Demo: Maria Ali",
      phone: "+923001234569",
    },
  });
}

/**
 * Demo mode fills the empty contact settings with values that read as demo data (never over
 * the Embassy's own); with demo mode off, any demo value left is emptied again.
 */
async function seedDemoContacts(demo: boolean): Promise<void> {
  for (const [key, value] of Object.entries(DEMO_CONTACTS)) {
    const [from, to] = demo ? ["", value] : [value, ""];
    await db.setting.updateMany({ where: { key, value: JSON.stringify(from) }, data: { value: JSON.stringify(to) } });
  }
}

/**
 * Demo mode's appointment schedule, so that the next 14 days have free slots: Monday to Friday
 * 09:00–13:00, marked `demo` (the pages then say it is an example) and removed when demo mode is
 * off. These are not the Embassy's hours: it enters its own under admin → Appointments.
 */
async function seedDemoSchedule() {
  if ((await db.openingPeriod.count()) > 0) return;
  await db.openingPeriod.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "13:00", demo: true })),
  });
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
  if (config().demoMode) await seedDemo();
  else {
    await db.staffUser.deleteMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    await db.openingPeriod.deleteMany({ where: { demo: true } });
  }
  await seedDemoContacts(config().demoMode);
}

seed()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
