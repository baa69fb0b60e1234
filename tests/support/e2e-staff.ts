/**
 * Makes staff accounts for the end-to-end tests, through the data layer as the app makes
 * them (tests/support/staff.ts), in the database DATABASE_URL names (the suite's, or a spec's
 * own): a role (`officer` or `admin`) per line on standard input, one JSON line
 * `{ email, password, name, secret }` (or `{ error }`) back on standard output for each. The Playwright fixture (tests/e2e/staff-helpers.ts) keeps one of these
 * processes per worker, so the start of tsx and Prisma is paid once per worker, not per test.
 * Run with --conditions=react-server, as every non-Next process.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { db } from "../../app/lib/db/client";
import type { Role } from "../../app/lib/staff/sessions";
import { realStaff, STAFF_PASSWORD } from "./staff";

/**
 * A new account with a random address; an admin's second factor confirmed with the code of a
 * minute ago, so the browser's first code (this time step's) is not a replay.
 */
async function newStaff(role: Role) {
  const email = `${role}-${randomUUID()}@e2e.invalid`;
  const { staff, secret } = await realStaff(email, role, Date.now() - 60_000);
  return { email, password: STAFF_PASSWORD, name: staff.name, secret };
}

async function main() {
  for await (const line of createInterface({ input: process.stdin })) {
    const role = line.trim();
    const answer =
      role === "officer" || role === "admin"
        ? await newStaff(role).catch((error: unknown) => ({ error: (error as Error).message }))
        : { error: `unknown role ${JSON.stringify(role)}` };
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
  await db.$disconnect();
}

void main();
