// Servers a spec starts itself (app/cli/serve.ts on the suite's build) with settings of its
// own, on a database of their own: for tests that need their own limits or configuration, a
// process's log, its e-mail, or several instances. The suite's server and its limits stay
// untouched (and would otherwise deliver, to its log, the e-mails these tests await).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createTestDatabase, dropTestDatabase } from "../support/postgres-database";

export type OwnDatabase = { url: string; drop: () => Promise<void> };

/** A fresh, migrated and seeded database of the suite's kind (SQLite file or PostgreSQL). */
export async function ownDatabase(name: string): Promise<OwnDatabase> {
  let database: OwnDatabase;
  if (process.env.DATABASE_URL?.startsWith("postgres")) {
    const url = await createTestDatabase();
    database = { url, drop: () => dropTestDatabase(url) };
  } else {
    const folder = mkdtempSync(path.join(tmpdir(), `${name}-`));
    database = { url: `file:${folder}/${name}.db`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const env = { ...process.env, DATABASE_URL: database.url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env,
    stdio: "ignore",
  });
  return database;
}

export type Instance = {
  url: string;
  process: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
};

/** Ports next to the suite's own (E2E_PORT), so parallel runs on other ports do not collide. */
export const ownPort = (offset: number) => Number(process.env.E2E_PORT ?? 3210) + offset;

/** A port nobody listens on now (the tests share the machine with other suites). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the production server on `port` and waits until it is ready. */
export async function startInstance(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<Instance> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "app/cli/serve.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout.on("data", (chunk) => logs.push(String(chunk)));
  child.stderr.on("data", (chunk) => logs.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    return exited;
  };
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, process: child, logs, exited, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`instance on ${port} did not become ready:\n${logs.join("")}`);
}

export async function stopInstances(...instances: Instance[]): Promise<void> {
  await Promise.all(instances.map((instance) => instance.stop()));
}

export type Mail = { to: string; subject: string; text: string };

/** An SMTP server that keeps what it receives; SMTP_URL for the instances to send to it. */
export async function testSmtpServer(): Promise<{
  mails: Mail[];
  env: { SMTP_URL: string };
  close: () => Promise<void>;
}> {
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
