/**
 * `npm run staff:add -- --email EMAIL --role admin|officer [--name NAME]`, password on
 * standard input: creates a staff account, or resets the password and role of an existing
 * one (signing it out everywhere). For the first admin of a new install.
 */
import "./check-config";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client";
import { newAccount, upsertStaffFromShell } from "../lib/staff/accounts";
import { MIN_PASSWORD_LENGTH } from "../lib/staff/passwords";

const USAGE = "Usage: npm run staff:add -- --email EMAIL --role admin|officer [--name NAME]  (password on standard input)";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  if (process.stdin.isTTY) process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter and Ctrl-D: `);
  const input = newAccount.safeParse({ ...values, name: values.name ?? values.email, password: await readStdin() });
  if (!input.success) {
    const problems = input.error.issues.map((issue) => issue.message).join(", ");
    throw new Error(`${USAGE}\nNot valid: ${problems}${problems.includes("password") ? ` (at least ${MIN_PASSWORD_LENGTH} characters)` : ""}`);
  }
  const outcome = await upsertStaffFromShell(input.data);
  console.log(`${outcome === "created" ? "Created" : "Updated"} ${input.data.role} ${input.data.email}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
