// Servers of the tests' own (app/cli/serve.ts on the suite's build), each on a database of
// its own: for tests that need a process's log, its e-mail, or several instances. The suite's
// server would otherwise deliver (to the log) the e-mails these tests await.
import { test } from "@playwright/test";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createTestDatabase, dropTestDatabase } from "../support/postgres-database";

export type Instance = { url: string; process: ChildProcess; logs: string[]; exited: Promise<number | null> };

/** A migrated, seeded database for this file's instances, dropped after it (call at the top of a spec). */
export function ownDatabase(): () => string {
  let databaseUrl = "";
  let drop: () => Promise<void>;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    if (process.env.DATABASE_URL?.startsWith("postgres")) {
      databaseUrl = await createTestDatabase();
      drop = () => dropTestDatabase(databaseUrl);
    } else {
      const folder = mkdtempSync(path.join(tmpdir(), "instances-"));
      databaseUrl = `file:${folder}/instances.db`;
      drop = async () => rmSync(folder, { recursive: true, force: true });
    }
    const env = { ...process.env, DATABASE_URL: databaseUrl };
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    execFileSync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  });
  test.afterAll(async () => drop?.());
  return () => databaseUrl;
}

/** A port nobody listens on now (the tests share the machine with other suites). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startInstance(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/serve.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const logs: string[] = [];
  child.stdout!.on("data", (chunk) => logs.push(String(chunk)));
  child.stderr!.on("data", (chunk) => logs.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`${url}/api/ready`).then((r) => r.ok, () => false);
    if (ready) return { url, process: child, logs, exited };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`instance on ${port} did not become ready:\n${logs.join("")}`);
}

export async function stopInstances(...instances: Instance[]): Promise<void> {
  for (const instance of instances) instance.process.kill("SIGTERM");
  await Promise.all(instances.map((instance) => instance.exited));
}

export type Mail = { to: string; subject: string; text: string };

/** An SMTP server that keeps what it receives; SMTP_URL for the instances to send to it. */
export async function testSmtpServer(): Promise<{ mails: Mail[]; env: { SMTP_URL: string }; close: () => Promise<void> }> {
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true, // no DNS here: the lookup would only wait for its timeout
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push({ to: (mail.to as { text: string }).text, subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  return {
    mails,
    env: { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

