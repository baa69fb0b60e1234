/**
 * `npm run staff:add -- --email EMAIL --role admin|officer [--name NAME]`, password on
 * standard input: creates a staff account, or resets the password and role of an existing
 * one (signing it out everywhere). For the first admin of a new install, who sets up a
 * second factor at the first sign-in before anything else. Runs as the system
 * (upsertStaffAsSystem), under the react-server condition that "server-only" requires.
 */
import "./check-config";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client";
import { newAccount, upsertStaffAsSystem } from "../lib/staff/accounts";
import { MIN_PASSWORD_LENGTH } from "../lib/staff/passwords";

const PROBLEMS: Record<string, string> = {
  password: `password (at least ${MIN_PASSWORD_LENGTH} characters)`,
  weakPassword:
    "password too easy to guess (a common password, a variation of one, or made from the e-mail or name): choose three or four unrelated words",
};
const USAGE =
  "Usage: npm run staff:add -- --email EMAIL --role admin|officer [--name NAME] [--reset-second-factor]  (password on standard input)";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "reset-second-factor": { type: "boolean" },
    },
  });
  if (process.stdin.isTTY)
    process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter and Ctrl-D: `);
  const { "reset-second-factor": resetSecondFactor = false, ...account } = values;
  const input = newAccount.safeParse({ ...account, name: account.name ?? account.email, password: await readStdin() });
  if (!input.success) {
    const problems = [...new Set(input.error.issues.map((issue) => PROBLEMS[issue.message] ?? issue.message))].join(
      "; ",
    );
    throw new Error(`${USAGE}\nNot valid: ${problems}`);
  }
  const outcome = await upsertStaffAsSystem(input.data, { resetSecondFactor });
  console.log(`${outcome === "created" ? "Created" : "Updated"} ${input.data.role} ${input.data.email}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
