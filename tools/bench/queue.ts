/**
 * The staff queue at 100,000 and 1,000,000 requests, on the database DATABASE_URL names
 * (fresh, migrated, seeded). Rows are added with SQL in large batches, never one ORM call
 * per row. For each kind of page: the data layer's time (listQueue, as the page calls it,
 * audit record included), the whole page over HTTP with an officer's session, and the plan
 * of the SQL Prisma sent. Run by tools/bench/run.ts:
 *   node --conditions=react-server --import tsx tools/bench/queue.ts OUT.json PORT
 */
import Database from "better-sqlite3";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { blindIndex } from "../../app/lib/crypto/protect";
import { db } from "../../app/lib/db/client";
import { databaseProvider, sqliteFilePath } from "../../app/lib/db/database-url";
import { referenceFor } from "../../app/lib/requests/reference";
import { REQUEST_TYPES } from "../../app/lib/requests/types";
import { cursorOf, listQueue, type QueueFilter } from "../../app/lib/staff/queue";
import { STAFF_COOKIE } from "../../app/lib/staff/current-staff";
import { signIn, staffForToken } from "../../app/lib/staff/sessions";
import { percentile, startServer, type Database as BenchDatabase } from "./support";

const [out, port] = process.argv.slice(2);
const provider = databaseProvider();
const DAY = 86_400_000;
const SPAN_MS = 5 * 365 * DAY; // five years of requests
const OPEN_FOR_MS = 45 * DAY; // the last 45 days are still open; everything older is closed
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"; // the references' (app/lib/requests/reference.ts)

/** A valid, unique reference for row i: i written in the references' alphabet, with its check character. */
function reference(i: number): string {
  let body = "";
  for (let n = i + 31 ** 6, k = 0; k < 7; k++, n = Math.floor(n / 31)) body = ALPHABET[n % 31] + body;
  return referenceFor(body);
}
const passport = (i: number) => `AB${String(i).padStart(7, "0")}`;
const CLOSED = [
  "completed",
  "completed",
  "completed",
  "completed",
  "completed",
  "completed",
  "completed",
  "completed",
  "rejected",
  "withdrawn",
];
const OPEN = [
  "received",
  "received",
  "received",
  "received",
  "received",
  "in_review",
  "in_review",
  "in_review",
  "needs_information",
  "needs_information",
];

type Row = (string | number | null)[];
const COLUMNS = [
  "id",
  "reference",
  "accessCodeHash",
  "type",
  "status",
  "urgent",
  "locale",
  "applicantName",
  "email",
  "phone",
  "details",
  "passportNumberIndex",
  "createdAt",
  "updatedAt",
  "closedAt",
  "version",
];

/** Row i of `total`, spread evenly over five years up to `now`, oldest first. */
function row(i: number, total: number, now: number): Row {
  const created = new Date(now - SPAN_MS + Math.floor((i * SPAN_MS) / total));
  const open = now - created.getTime() < OPEN_FOR_MS;
  const status = (open ? OPEN : CLOSED)[i % 10]!;
  const iso = provider === "sqlite" ? created.toISOString().replace("Z", "+00:00") : created.toISOString();
  return [
    `bench${String(i).padStart(8, "0")}`,
    reference(i),
    "0".repeat(64),
    REQUEST_TYPES[i % REQUEST_TYPES.length]!,
    status,
    i % 50 === 0 ? 1 : 0,
    "en",
    `Applicant ${i}`,
    i % 2 ? `applicant${i}@example.com` : null,
    "+923001234567",
    "{}",
    i % 2 ? null : blindIndex(passport(i)),
    iso,
    iso,
    open ? null : iso,
    0,
  ];
}

async function addRows(from: number, to: number, total: number, now: number): Promise<void> {
  const BATCH = 5000;
  if (provider === "sqlite") {
    const file = new Database(sqliteFilePath());
    const insert = file.prepare(
      `INSERT INTO "Request" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES (${COLUMNS.map(() => "?").join(",")})`,
    );
    file.transaction(() => {
      for (let i = from; i < to; i++) insert.run(row(i, total, now));
    })();
    file.close();
    return;
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // The enum and Json columns take no text without a cast: the arrays are cast to their types.
  const types = [
    "text",
    "text",
    "text",
    `"RequestType"`,
    `"RequestStatus"`,
    "boolean",
    "text",
    "text",
    "text",
    "text",
    "jsonb",
    "text",
    "timestamp(3)",
    "timestamp(3)",
    "timestamp(3)",
    "int",
  ];
  const sql = `INSERT INTO "Request" (${COLUMNS.map((c) => `"${c}"`).join(",")}) SELECT * FROM unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(",")})`;
  for (let start = from; start < to; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => row(start + k, total, now));
    await client.query(
      sql,
      COLUMNS.map((_, c) => rows.map((r) => (c === 5 ? r[c] === 1 : r[c]))),
    );
  }
  await client.query(`ANALYZE "Request"`);
  await client.end();
}

type Case = { name: string; filter: QueueFilter; query: string };
type Measured = {
  name: string;
  rows: number;
  layer: { p50: number; p95: number; runs: number };
  page: { p50: number; p95: number; runs: number };
  plan: string[];
};

/** Runs `work` 20 times to warm up, then up to 200 times (at most 20 s): p50/p95 in ms. */
async function time(work: () => Promise<unknown>): Promise<{ p50: number; p95: number; runs: number }> {
  for (let i = 0; i < 20; i++) await work();
  const times: number[] = [];
  const until = performance.now() + 20_000;
  while (times.length < 200 && performance.now() < until) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

type QueryEvent = { query: string; params: string };
const captured: QueryEvent[] = [];
(db as unknown as { $on: (event: "query", listener: (e: QueryEvent) => void) => void }).$on("query", (e) =>
  captured.push(e),
);

/** The plan of each SELECT on "Request" that one listQueue call sends. */
async function plans(run: () => Promise<unknown>): Promise<string[]> {
  captured.length = 0;
  await run();
  const selects = captured.filter((q) => /^SELECT/i.test(q.query) && /FROM \S*[`"]Request[`"]/.test(q.query));
  const lines: string[] = [];
  for (const q of selects) {
    const params = (JSON.parse(q.params) as unknown[]).map((p) =>
      typeof p === "boolean" && provider === "sqlite" ? Number(p) : p,
    );
    if (provider === "sqlite") {
      const file = new Database(sqliteFilePath(), { readonly: true });
      lines.push(
        ...file
          .prepare(`EXPLAIN QUERY PLAN ${q.query}`)
          .all(...(params as never[]))
          .map((r) => String((r as { detail: string }).detail)),
      );
      file.close();
    } else {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const result = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${q.query}`, params);
      lines.push(...result.rows.map((r) => String(r["QUERY PLAN"])));
      await client.end();
    }
  }
  return lines;
}

async function measure(total: number, now: number, serverUrl: string, cookie: string): Promise<Measured[]> {
  const officer = (await staffForToken(cookie.split("=")[1]))!;
  // A deep page: the middle of all completed requests (about 40 % of the table before it).
  const middle = await db.request.findFirst({
    where: { status: "completed", urgent: false, replied: false, createdAt: { gte: new Date(now - SPAN_MS / 2) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // Page 40 of the open queue.
  const open = await db.request.findMany({
    where: { closedAt: null },
    orderBy: [{ urgent: "desc" }, { replied: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: 1000,
    take: 1,
  });
  const target = Math.floor(total / 3);
  const cases: Case[] = [
    { name: "first page (open requests)", filter: {}, query: "" },
    {
      name: "page 41 of the open requests",
      filter: { after: cursorOf(open[0]!) },
      query: `after=${cursorOf(open[0]!)}`,
    },
    {
      name: "deep page: the middle of all completed",
      filter: { status: "completed", after: cursorOf(middle!) },
      query: `status=completed&after=${cursorOf(middle!)}`,
    },
    { name: "filtered: the applicant replied", filter: { replied: true }, query: "replied=1" },
    { name: "filtered: needs information", filter: { status: "needs_information" }, query: "status=needs_information" },
    {
      name: "filtered: open legalizations, unassigned",
      filter: { type: "legalization", assignee: "none" },
      query: "type=legalization&assignee=none",
    },
    { name: "search by reference", filter: { search: reference(target) }, query: `q=${reference(target)}` },
    {
      name: "search by passport number",
      filter: { search: passport(target - (target % 2)) },
      query: `q=${passport(target - (target % 2))}`,
    },
    {
      name: "search by name (contains: reads every row)",
      filter: { search: `Applicant ${target}` },
      query: `q=${encodeURIComponent(`Applicant ${target}`)}`,
    },
  ];
  const results: Measured[] = [];
  for (const c of cases) {
    const rows = (await listQueue(officer, c.filter)).rows.length;
    const layer = await time(() => listQueue(officer, c.filter));
    const page = await time(async () => {
      // A keep-alive connection left idle past the server's timeout (while the data layer was timed) is closed: retry once on a new one.
      const get = () => fetch(`${serverUrl}/staff/requests?${c.query}`, { headers: { cookie } });
      const response = await get().catch(get);
      await response.text();
      if (response.status !== 200) throw new Error(`${c.name}: HTTP ${response.status}`);
    });
    results.push({ name: c.name, rows, layer, page, plan: await plans(() => listQueue(officer, c.filter)) });
    console.error(
      `  ${provider} ${total}: ${c.name}: ${layer.p95.toFixed(1)} ms p95 (data layer), ${page.p95.toFixed(1)} ms p95 (page)`,
    );
  }
  return results;
}

async function main() {
  const now = Date.now();
  const database: BenchDatabase = { url: process.env.DATABASE_URL!, provider, drop: async () => {} };
  const server = await startServer(database, Number(port));
  const session = await signIn("officer@demo.invalid", "demo-officer-2026", {
    ip: "127.0.0.1",
    userAgent: "bench",
    browser: "bench",
  });
  if (session.ok !== true) throw new Error("the demo officer cannot sign in");
  const cookie = `${STAFF_COOKIE}=${session.token}`;
  const report: { provider: string; sizes: { total: number; seedSeconds: number; cases: Measured[] }[] } = {
    provider,
    sizes: [],
  };
  try {
    let seeded = 0;
    for (const total of [100_000, 1_000_000]) {
      const t0 = performance.now();
      await addRows(seeded, total, total, now);
      seeded = total;
      report.sizes.push({
        total,
        seedSeconds: (performance.now() - t0) / 1000,
        cases: await measure(total, now, server.url, cookie),
      });
    }
  } finally {
    await server.stop();
    await db.$disconnect();
  }
  writeFileSync(out!, JSON.stringify(report, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
