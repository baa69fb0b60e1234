/**
 * `npm run staff:add -- --email EMAIL --role admin|officer [--name NAME]`, password on
 * standard input: creates a staff account, or resets the password and role of an existing
 * one (signing it out everywhere). For the first admin of a new install.
 */
import { parseArgs } from "node:util";
import { db } from "../lib/db/client";
import { recordAudit } from "../lib/staff/audit";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../lib/staff/passwords";
import { revokeAllSessions } from "../lib/staff/sessions";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || (values.role !== "admin" && values.role !== "officer")) {
    throw new Error("Usage: npm run staff:add -- --email EMAIL --role admin|officer [--name NAME]  (password on standard input)");
  }
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters), then Enter and Ctrl-D: ");
  const password = await readStdin();
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);

  const passwordHash = await hashPassword(password);
  const existing = await db.staffUser.findUnique({ where: { email } });
  const user = await db.staffUser.upsert({
    where: { email },
    create: { email, name: values.name ?? email, role: values.role, passwordHash },
    update: { role: values.role, passwordHash, disabled: false, failedLogins: 0, lockedUntil: null, ...(values.name ? { name: values.name } : {}) },
  });
  if (existing) await revokeAllSessions(user.id);
  await recordAudit({ actorId: null, action: existing ? "staff.reset_from_shell" : "staff.created_from_shell", targetType: "staff", targetId: user.id, details: { role: user.role } });
  console.log(`${existing ? "Updated" : "Created"} ${user.role} ${user.email}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
