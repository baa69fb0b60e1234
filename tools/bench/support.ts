/**
 * What the benchmarks and the drills share: a production build of their own, throwaway
 * databases, the production server as a child process, load generators, percentiles and
 * markdown tables. Everything runs on loopback on this machine; the load generator shares
 * the two cores with the server, so absolute figures are pessimistic and ratios measured in
 * the same run are the point.
 */
import autocannon from "autocannon";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, dropTestDatabase } from "../../tests/support/postgres-database";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** The build the benchmarks serve: their own folder, like the tests' .next-test. */
export const DIST_DIR = ".next-bench";

export function build(): void {
  execFileSync("npx", ["next", "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export type Database = { url: string; provider: "sqlite" | "postgresql"; drop: () => Promise<void> };

/** A fresh, migrated and seeded database (demo staff and settings). */
export async function freshDatabase(provider: Database["provider"]): Promise<Database> {
  let database: Database;
  if (provider === "postgresql") {
    const url = await createTestDatabase();
    database = { url, provider, drop: () => dropTestDatabase(url) };
  } else {
    const folder = mkdtempSync(path.join(tmpdir(), "bench-"));
    database = {
      url: `file:${folder}/bench.db`,
      provider,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const env = { ...process.env, ...databaseEnv(database) };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  return database;
}

// PostgreSQL has no file beside it for generated keys: give them as production does (fixed
// per run, so every process of one run reads the same data). Demo content (the staff the
// drills sign in as) is on with PostgreSQL only when asked for.
const KEYS = {
  DEMO_MODE: "true",
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  DATA_INDEX_KEY: Buffer.alloc(32, 9).toString("base64"),
};
export const databaseEnv = (database: Database) => ({
  DATABASE_URL: database.url,
  ...(database.provider === "postgresql" ? KEYS : {}),
});

export type Server = {
  url: string;
  process: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
  rssKiB: () => number;
};

/** The production server (app/cli/serve.ts) on the benchmark build, ready to answer. */
export async function startServer(database: Database, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "app/cli/serve.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv(database),
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(port),
      HOST: "127.0.0.1",
      // Every load comes from 127.0.0.1: lift the per-client hourly limits.
      REQUESTS_PER_HOUR: "10000000",
      LOOKUPS_PER_HOUR: "10000000",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout!.on("data", (chunk) => logs.push(String(chunk)));
  child.stderr!.on("data", (chunk) => logs.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const server: Server = {
    url,
    process: child,
    logs,
    exited,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
    rssKiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? NaN),
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await sleep(200);
  }
  child.kill("SIGKILL");
  throw new Error(`the server on ${port} did not become ready:\n${logs.join("")}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Throughput = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

/** autocannon: `connections` keep-alive connections for `seconds`. */
export async function hammer(
  url: string,
  {
    connections = 50,
    seconds = 10,
    headers = {} as Record<string, string>,
    method = "GET" as "GET" | "POST",
    body = undefined as string | undefined,
  } = {},
): Promise<Throughput> {
  const result = await autocannon({ url, connections, duration: seconds, headers, method, body });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export type Latencies = {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
};

/**
 * A closed loop of `concurrency` clients, each sending its next request when the last is
 * answered, until `total` requests are done; exact percentiles of every latency.
 */
export async function closedLoop(
  concurrency: number,
  total: number,
  send: (i: number) => Promise<number>,
): Promise<Latencies> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const status = await send(i).catch(() => 0);
        times.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    count: total,
    seconds,
    perSecond: total / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    statuses,
  };
}

/** The nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) =>
    typeof v === "number" ? (Number.isInteger(v) ? v.toLocaleString("en") : v.toFixed(1)) : v;
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

export const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const verdict = (met: boolean) => (met ? "**met**" : "**not met**");

/** A valid request as the API takes it (a general inquiry: no documents, no passport). */
export const sampleRequest = (i: number, extra: Record<string, string> = {}) =>
  JSON.stringify({
    type: "general_inquiry",
    language: "en",
    subject: `Benchmark ${i}`,
    message: "A question about a visa.",
    fullName: "Ayesha Benchmark",
    phone: "+92 300 1234567",
    email: `bench${i}@example.com`,
    declaration: "yes",
    ...extra,
  });

export const machine = () => {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  return `${cpu}, ${Number(execFileSync("nproc").toString().trim())} cores, Node ${process.version}`;
};

/** The hidden fields of a form's HTML (the server action's id and bound arguments), as a browser without JavaScript posts them. */
function hiddenFields(html: string): FormData {
  const body = new FormData();
  for (const [input] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}="([^"]*)"`)
        .exec(input)?.[1]
        ?.replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    if (attribute("name")) body.append(attribute("name")!, attribute("value") ?? "");
  }
  return body;
}

/** The hidden fields of a page's first form (a page may have others, such as a language switch, with actions of their own). */
export async function formFields(url: string, page: string): Promise<FormData> {
  const html = await (await fetch(url + page)).text();
  return hiddenFields(/<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "");
}

/** The hidden fields of each form in a page's main content (not the header's sign-out), fetched with `cookie`. */
export async function mainForms(url: string, page: string, cookie: string): Promise<FormData[]> {
  const html = await (await fetch(url + page, { headers: { cookie } })).text();
  return html
    .slice(html.indexOf("<main"))
    .split("<form")
    .slice(1)
    .map((form) => hiddenFields(form.slice(0, form.indexOf("</form>"))));
}

/** Signs the demo officer in through the real form (no JavaScript): the session cookie it sets. */
export async function officerCookie(url: string): Promise<string> {
  const body = await formFields(url, "/staff/login");
  body.append("email", "officer@demo.invalid");
  body.append("password", "demo-officer-2026");
  const response = await fetch(`${url}/staff/login`, { method: "POST", body, redirect: "manual" });
  // "__Host-ch_staff" when the server's PUBLIC_ORIGIN is https (app/lib/cookie-security.ts).
  const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?ch_staff=/.test(c));
  if (!cookie) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return cookie.split(";")[0]!;
}
