/**
 * `npm run drills`: bounded reliability drills on loopback against the production build
 * (.next-bench, built first unless --reuse-build), each on a fresh database. Writes
 * tools/drills/reports/<date>.md. `npm run drills -- crash hostile` runs only those;
 * DRILL_SOAK_SECONDS shortens the soak (600 by default).
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { sqliteFilePath } from "../../app/lib/db/database-url";
import { isRequestType, requestSchema, stepsOf, REQUEST_TYPES, type RequestType } from "../../app/lib/requests/types";
import {
  build,
  closedLoop,
  formFields,
  freshDatabase,
  mainForms,
  ms,
  officerCookie,
  ROOT,
  sampleRequest,
  sleep,
  startServer,
  table,
  type Database as DrillDatabase,
  type Server,
} from "../bench/support";
import { generator, HOSTILE_STRINGS, HOSTILE_VALUES } from "./hostile";

const today = new Date().toISOString().slice(0, 10);
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const RESULT = `/en/check/result?destination=BY&nationality=PK&passport=ordinary&travelDate=${inTwoWeeks}&stayDays=10&euVisa=multiple&euVisaUsed=yes&entryPoint=minsk-airport&viaRussia=no&insurance=yes&returnTicket=yes`;
const sections: string[] = [];
const verdicts: [string, boolean][] = [];
const report = (name: string, passed: boolean, text: string) => {
  verdicts.push([name, passed]);
  sections.push(`## ${name}: ${passed ? "passed" : "**FAILED**"}\n\n${text}`);
  console.log(`${name}: ${passed ? "passed" : "FAILED"}`);
};

type Submitted = { reference: string; accessCode: string };

/** Every server a drill starts, so that one that fails half-way leaves none running. */
const started: Server[] = [];
async function start(database: DrillDatabase, port: number): Promise<Server> {
  const server = await startServer(database, port);
  started.push(server);
  return server;
}
async function submitOne(
  server: { url: string },
  i: number,
  extra?: Record<string, string>,
): Promise<{ status: number; body?: Submitted }> {
  const response = await fetch(`${server.url}/api/v1/requests`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: sampleRequest(i, extra),
  });
  const body =
    response.status === 201 ? ((await response.json()) as Submitted) : (await response.arrayBuffer(), undefined);
  return { status: response.status, body };
}

async function track(server: { url: string }, { reference, accessCode }: Submitted): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/requests/${reference}`, {
    headers: { "X-Access-Code": accessCode },
  });
  await response.arrayBuffer();
  return response.status;
}

// Soak: mixed load for DRILL_SOAK_SECONDS; every answer must be the expected one.
async function soak(database: DrillDatabase) {
  const seconds = Number(process.env.DRILL_SOAK_SECONDS ?? 600);
  const server = await start(database, 3400);
  const cookie = await officerCookie(server.url);
  const submitted: Submitted[] = [];
  const counts: Record<string, { ok: number; failed: number }> = {};
  const failures: string[] = [];
  const memory: number[] = [];
  const kinds: [string, number, (i: number) => Promise<boolean>][] = [
    [
      "browse",
      30,
      async (i) =>
        (await fetch(`${server.url}${["/en", "/ur/visas", "/ru/services", "/en/contacts"][i % 4]}`).then((r) =>
          r.text().then(() => r.status),
        )) === 200,
    ],
    [
      "check",
      25,
      async (i) =>
        (await fetch(`${server.url}${i % 2 ? RESULT : "/en/check/destination"}`).then((r) =>
          r.text().then(() => r.status),
        )) === 200,
    ],
    [
      "submit",
      10,
      async (i) => {
        const { status, body } = await submitOne(server, i);
        if (body) submitted.push(body);
        return status === 201;
      },
    ],
    [
      "track",
      20,
      async (i) => (submitted.length === 0 ? true : (await track(server, submitted[i % submitted.length]!)) === 200),
    ],
    [
      "staff queue",
      15,
      async () =>
        (await fetch(`${server.url}/staff/requests`, { headers: { cookie }, redirect: "manual" }).then((r) =>
          r.text().then(() => r.status),
        )) === 200,
    ],
  ];
  const weights = kinds.flatMap(([, weight], k) => Array<number>(weight).fill(k));
  const sampler = setInterval(() => memory.push(server.rssKiB()), 5000);
  const until = Date.now() + seconds * 1000;
  let sent = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (Date.now() < until) {
        const i = sent++;
        const [name, , run] = kinds[weights[i % weights.length]!]!;
        const ok = await run(i).catch((error) => (failures.push(`${name}: ${(error as Error).message}`), false));
        counts[name] ??= { ok: 0, failed: 0 };
        counts[name]![ok ? "ok" : "failed"]++;
      }
    }),
  );
  clearInterval(sampler);
  await server.stop();
  const errors = Object.values(counts).reduce((sum, c) => sum + c.failed, 0);
  const warm = memory.slice(Math.min(6, memory.length - 1)); // after the first 30 s
  const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
  report(
    "Soak",
    errors === 0,
    `${seconds} s of mixed load from 8 clients (a closed loop): public pages in four languages, the checker, submissions, tracking and the staff queue.

${table(
  ["kind", "answered as expected", "errors"],
  Object.entries(counts).map(([name, c]) => [name, c.ok, c.failed]),
)}

${sent.toLocaleString("en")} requests, ${errors} errors${failures.length ? ` (${[...new Set(failures)].slice(0, 5).join("; ")})` : ""}. Server memory (RSS, sampled every 5 s): ${mib(memory[0] ?? NaN)} at the start, ${mib(warm[0] ?? NaN)} after 30 s, ${mib(Math.max(...memory))} at most, ${mib(memory.at(-1) ?? NaN)} at the end: growth after warm-up ${mib((memory.at(-1) ?? 0) - (warm[0] ?? 0))}.`,
  );
}

// Crash: SIGKILL during a burst of submissions; after a restart every 201 is there, whole.
async function crash(database: DrillDatabase) {
  let server = await start(database, 3401);
  const accepted: Submitted[] = [];
  const statuses: Record<string, number> = {};
  let stop = false;
  const burst = Promise.all(
    Array.from({ length: 20 }, async (_, worker) => {
      for (let i = 0; !stop; i++) {
        const result = await submitOne(server, worker * 100_000 + i).catch(() => ({ status: 0, body: undefined }));
        statuses[result.status] = (statuses[result.status] ?? 0) + 1;
        if (result.body) accepted.push(result.body);
        if (result.status === 0) return; // the server is gone
      }
    }),
  );
  await sleep(3000);
  server.process.kill("SIGKILL");
  await server.exited;
  stop = true;
  await burst;
  server = await start(database, 3401);
  const missing: string[] = [];
  for (const request of accepted) if ((await track(server, request)) !== 200) missing.push(request.reference);
  await server.stop();
  const file = new Database(sqliteFilePath(database.url), { readonly: true });
  const integrity = file.pragma("integrity_check", { simple: true });
  const stored = Number(file.prepare(`SELECT count(*) FROM "Request"`).pluck().get());
  const withoutEvent = Number(
    file
      .prepare(
        `SELECT count(*) FROM "Request" r WHERE NOT EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.kind = 'submitted')`,
      )
      .pluck()
      .get(),
  );
  const withoutEmail = Number(
    file
      .prepare(
        `SELECT count(*) FROM "Request" r WHERE r.email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o.recipient = r.email)`,
      )
      .pluck()
      .get(),
  );
  file.close();
  const passed = missing.length === 0 && integrity === "ok" && withoutEvent === 0 && withoutEmail === 0;
  report(
    "Crash",
    passed,
    `20 clients submitting as fast as they can; after 3 s the server is killed with SIGKILL (no shutdown), then started again on the same SQLite database.

- Answers before the kill: ${Object.entries(statuses)
      .map(([s, n]) => `${s === "0" ? "connection lost" : s}: ${n}`)
      .join(", ")}.
- Every one of the ${accepted.length} requests answered 201 is found with its access code after the restart: ${missing.length === 0 ? "yes" : `**no**, missing ${missing.slice(0, 5).join(", ")}`}.
- Rows stored: ${stored} (a request committed just before the kill may be stored without its answer having reached the client).
- Requests without their "submitted" event: ${withoutEvent}; requests with an e-mail address but no e-mail in the outbox: ${withoutEmail}. (All are written in one transaction.)
- \`PRAGMA integrity_check\`: ${integrity}.`,
  );
}

// Contention: 50 writers at once on SQLite.
async function contention(database: DrillDatabase) {
  const server = await start(database, 3402);
  const result = await closedLoop(50, 2000, async (i) => (await submitOne(server, i)).status);
  const busy = server.logs
    .join("")
    .split("\n")
    .filter((line) => /SQLITE_BUSY|database is locked|Socket timeout/i.test(line)).length;
  await server.stop();
  const failed = result.count - (result.statuses["201"] ?? 0);
  report(
    "Contention",
    failed === 0 && busy === 0,
    `50 clients submit 2,000 requests at once through the API to one server on SQLite (WAL, one writer at a time, \`BEGIN IMMEDIATE\`, busy timeout).

${table(
  ["requests", "requests/s", "p50", "p95", "p99", "answers", "busy errors in the log"],
  [
    [
      result.count,
      Math.round(result.perSecond),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      Object.entries(result.statuses)
        .map(([s, n]) => `${s}: ${n}`)
        .join(", "),
      busy,
    ],
  ],
)}`,
  );
}

// Hostile input: at least 10,000 payloads at every public endpoint and form action.
async function hostile(database: DrillDatabase) {
  const server = await start(database, 3403);
  const random = generator(20261128);
  const well = (text: string) => (text as string & { toWellFormed(): string }).toWellFormed();
  type Probe = { target: string; send: () => Promise<Response>; valid?: () => boolean; terse?: boolean };
  const probes: Probe[] = [];
  const hostileStrings = [...HOSTILE_STRINGS, ...Array.from({ length: 60 }, () => random.string())];

  // The API: every field of every kind of request, the whole body, and the envelope.
  for (const type of REQUEST_TYPES) {
    const fields = stepsOf(type).flatMap((step) => step.fields.map((f) => f.name));
    for (const field of [...fields, "declaration", "type", "language", "__proto__", "unexpected"]) {
      for (const value of [...hostileStrings.slice(0, 70), ...HOSTILE_VALUES]) {
        const body = { ...JSON.parse(sampleRequest(probes.length)), type, [field]: value };
        probes.push({
          target: "POST /api/v1/requests",
          send: () =>
            fetch(`${server.url}/api/v1/requests`, {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify(body),
            }),
          valid: () => {
            const { type: t, language = "en", ...answers } = body as Record<string, unknown>;
            return (
              typeof t === "string" &&
              isRequestType(t) &&
              ["en", "ru", "be", "ur"].includes(language as string) &&
              requestSchema(t as RequestType).safeParse(answers).success
            );
          },
        });
      }
    }
  }
  for (const raw of [
    "",
    "{",
    "null",
    "[]",
    '"text"',
    "1",
    '{"type":',
    "\u0000",
    "{}".padEnd(70_000, " "),
    `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`,
    ...hostileStrings,
  ])
    probes.push({
      target: "POST /api/v1/requests (body)",
      send: () =>
        fetch(`${server.url}/api/v1/requests`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: raw,
        }),
    });
  // Tracking through the API, and the eligibility API's every parameter.
  for (const text of hostileStrings) {
    probes.push({
      target: "GET /api/v1/requests/{reference}",
      send: () =>
        fetch(`${server.url}/api/v1/requests/${encodeURIComponent(well(text)).slice(0, 4000) || "x"}`, {
          headers: {
            "X-Access-Code": well(text)
              .replace(/[^\x20-\x7e]/g, "?")
              .slice(0, 4000),
          },
        }),
    });
    for (const param of [
      "destination",
      "nationality",
      "passport",
      "purpose",
      "travelDate",
      "stayDays",
      "euVisa",
      "entryPoint",
      "lang",
      "validPassport",
    ])
      probes.push({
        target: "GET /api/v1/eligibility",
        send: () =>
          fetch(
            `${server.url}/api/v1/eligibility?destination=BY&nationality=PK&${param}=${encodeURIComponent(well(text)).slice(0, 6000)}`,
          ),
      });
    for (const page of ["/en/check/destination", "/en/check/nationality", "/ur/check/result", "/en/track"])
      probes.push({
        target: `GET ${page}?…`,
        send: () =>
          fetch(
            `${server.url}${page}?destination=${encodeURIComponent(well(text)).slice(0, 6000)}&reference=${encodeURIComponent(well(text)).slice(0, 2000)}&code=x`,
          ),
      });
    probes.push({
      target: "GET /{hostile path}",
      send: () => fetch(`${server.url}/en/${encodeURIComponent(well(text)).slice(0, 4000)}`),
    });
  }
  // Form actions, posted as a browser without JavaScript posts them.
  const forms: [string, string[]][] = [
    ["/en/request/general_inquiry/inquiry", ["subject", "message"]],
    [
      "/en/request/consular_registration/registration",
      [
        "registrationKind",
        "passportNumber",
        "dateOfBirth-day",
        "dateOfBirth-month",
        "dateOfBirth-year",
        "cityInPakistan",
      ],
    ],
    ["/en/request/general_inquiry/contact", ["fullName", "phone", "email"]],
    ["/staff/login", ["email", "password"]],
  ];
  for (const [page, fields] of forms) {
    const hidden = await formFields(server.url, page);
    for (const field of fields) {
      for (const value of hostileStrings) {
        probes.push({
          target: `POST ${page.replace(/\/[a-z_]+\/[a-z]+$/, "/{type}/{step}")} (form action)`,
          send: () => {
            const body = new FormData();
            for (const [k, v] of hidden) body.append(k, v);
            for (const f of fields) body.append(f, f === field ? value : "ok");
            return fetch(server.url + page, { method: "POST", body, redirect: "manual" });
          },
        });
      }
    }
  }
  // Staff actions, as the signed-in demo officer: every field of every form on a request's
  // page (assign, change status, note), one hostile value at a time, posted as without JavaScript.
  const cookie = await officerCookie(server.url);
  const requestId = /href="\/staff\/requests\/([a-z0-9]+)"/.exec(
    await (await fetch(`${server.url}/staff/requests`, { headers: { cookie } })).text(),
  )![1]!;
  const requestPage = `/staff/requests/${requestId}`;
  for (const hidden of await mainForms(server.url, requestPage, cookie)) {
    for (const field of ["id", "version", "to", "message", "note", "assignee"]) {
      for (const value of hostileStrings) {
        probes.push({
          target: "POST /staff/requests/{id} (staff actions)",
          send: () => {
            const body = new FormData();
            for (const [k, v] of hidden) if (k !== field) body.append(k, v);
            body.append(field, value);
            if (!hidden.has("to") && field !== "to") body.append("to", "in_review");
            return fetch(server.url + requestPage, {
              method: "POST",
              body,
              headers: { cookie, origin: server.url },
              redirect: "manual",
            });
          },
        });
      }
    }
  }
  // Server actions themselves: made-up action ids (as a form field and as the Next-Action
  // header a script sends) and forged Origins on a real one. Next's own answers to a wrong
  // id are terse, so these need only be 4xx.
  const signInForm = await formFields(server.url, "/staff/login");
  for (const text of hostileStrings) {
    const ascii = well(text)
      .replace(/[^\x20-\x7e]/g, "?")
      .slice(0, 2000);
    probes.push({
      target: "POST (unknown action id field)",
      terse: true,
      send: () => {
        const body = new FormData();
        body.append(`$ACTION_ID_${well(text).slice(0, 2000)}`, "");
        body.append("email", "a@example.by");
        return fetch(`${server.url}/en/request/general_inquiry/inquiry`, {
          method: "POST",
          body,
          headers: { origin: server.url },
          redirect: "manual",
        });
      },
    });
    probes.push({
      target: "POST (Next-Action header)",
      terse: true,
      send: () =>
        fetch(`${server.url}/staff/login`, {
          method: "POST",
          body: JSON.stringify([text]),
          headers: { origin: server.url, "Next-Action": ascii, "Content-Type": "text/plain;charset=UTF-8" },
          redirect: "manual",
        }),
    });
    probes.push({
      target: "POST /staff/login (forged Origin)",
      send: () => {
        const body = new FormData();
        for (const [k, v] of signInForm) body.append(k, v);
        body.append("email", "officer@demo.invalid");
        body.append("password", "wrong");
        return fetch(`${server.url}/staff/login`, {
          method: "POST",
          body,
          headers: { origin: ascii || "null" },
          redirect: "manual",
        });
      },
    });
  }
  // Generated bodies until there are at least 10,000 probes.
  while (probes.length < 10_000) {
    const type = random.pick(REQUEST_TYPES);
    const fields = stepsOf(type).flatMap((step) => step.fields.map((f) => f.name));
    const body = Object.fromEntries([
      ["type", type],
      ...fields.map((f) => [f, random.string()]),
      ["declaration", random.pick(["yes", "no", random.string()])],
    ]);
    probes.push({
      target: "POST /api/v1/requests (generated)",
      send: () =>
        fetch(`${server.url}/api/v1/requests`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        }),
      valid: () =>
        requestSchema(type).safeParse(Object.fromEntries(Object.entries(body).filter(([k]) => k !== "type"))).success,
    });
  }

  const byTarget: Record<string, { sent: number; statuses: Record<string, number> }> = {};
  const problems: string[] = [];
  let created = 0;
  await closedLoop(8, probes.length, async (i) => {
    const probe = probes[i]!;
    const response = await probe.send();
    const text = await response.text();
    const entry = (byTarget[probe.target] ??= { sent: 0, statuses: {} });
    entry.sent++;
    entry.statuses[response.status] = (entry.statuses[response.status] ?? 0) + 1;
    if (response.status >= 500) problems.push(`${probe.target}: ${response.status}`);
    if (response.status === 201) {
      created++;
      if (probe.valid && !probe.valid()) problems.push(`${probe.target}: stored an invalid request`);
    }
    // A refusal says what is wrong: JSON with an error code from the API, a page with a heading otherwise.
    if (response.status >= 400 && response.status < 500 && !probe.terse) {
      const clear = probe.target.includes("/api/") ? /"error":"[a-z_]+"/.test(text) : /<h1[^>]*>/.test(text);
      if (!clear) problems.push(`${probe.target}: a ${response.status} without a clear error`);
    }
    return response.status;
  });
  await server.stop();
  const file = new Database(sqliteFilePath(database.url), { readonly: true });
  const stored = Number(
    file.prepare(`SELECT count(*) FROM "Request" WHERE "applicantName" NOT LIKE 'Demo:%'`).pluck().get(),
  );
  file.close();
  const passed = problems.length === 0 && stored === created;
  report(
    "Hostile input",
    passed,
    `${probes.length.toLocaleString("en")} payloads: ${HOSTILE_STRINGS.length} hand-written strings (injection, markup, control characters, bidi overrides, lone surrogates, 100 KB strings, formula and header injection, look-alike scripts), ${HOSTILE_VALUES.length} wrong-typed JSON values, malformed and deeply nested bodies, and seeded random strings, against every field of every kind of request through the API, tracking, the eligibility API, the checker and tracking pages, unknown paths, the form actions (request steps, staff sign-in) posted as without JavaScript, every staff action on a request's page as a signed-in officer, made-up server action ids (as a form field and as the \`Next-Action\` header; these need only be a 4xx) and forged \`Origin\` headers on the sign-in action.

${table(
  ["target", "sent", "answers"],
  Object.entries(byTarget).map(([target, e]) => [
    `\`${target}\``,
    e.sent,
    Object.entries(e.statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(", "),
  ]),
)}

- Answers 500 or above: ${problems.filter((p) => /: 5\d\d$/.test(p)).length}.
- Requests stored: ${stored}, the same as the ${created} answered 201, each of which the request schema accepts: ${problems.some((p) => p.includes("invalid")) ? "**no**" : "yes"}.
- Refusals without a clear error (an error code in JSON, or a page with a heading): ${problems.filter((p) => p.includes("clear")).length}.
${problems.length ? `\nFirst problems: ${[...new Set(problems)].slice(0, 10).join("; ")}` : ""}`,
  );
}

// Database down: the app says so, and recovers by itself.
async function databaseDown(database: DrillDatabase) {
  // The app reaches PostgreSQL through a TCP relay this drill can cut and restore.
  const target = new URL(database.url);
  const sockets = new Set<net.Socket>();
  let relay: net.Server | null = null;
  const open = () =>
    new Promise<void>((resolve) => {
      relay = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      relay.listen(3499, "127.0.0.1", resolve);
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      relay!.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  await open();
  const viaRelay = new URL(database.url);
  viaRelay.host = "127.0.0.1:3499";
  const server = await start({ ...database, url: viaRelay.toString() }, 3404);
  const before: Submitted[] = [];
  for (let i = 0; i < 20; i++) before.push((await submitOne(server, i)).body!);

  // Four clients submit without pause from before the cut until after the restore: each
  // answer is an acknowledgement (201, must be kept) or a refusal that says so (503 with an
  // error code and Retry-After); anything else, or no answer within a minute, is a problem.
  const outageSeconds = Number(process.env.DRILL_OUTAGE_SECONDS ?? 30);
  const acknowledged: Submitted[] = [];
  const refusals = { total: 0, clear: 0 };
  const loadProblems: string[] = [];
  let loading = true;
  const load = Array.from({ length: 4 }, async (_, client) => {
    for (let i = 0; loading; i++) {
      try {
        const response = await fetch(`${server.url}/api/v1/requests`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: sampleRequest(10_000 + client * 100_000 + i),
          signal: AbortSignal.timeout(60_000),
        });
        const text = await response.text();
        if (response.status === 201) acknowledged.push(JSON.parse(text) as Submitted);
        else if (response.status === 503) {
          refusals.total++;
          if (/"error":"service_unavailable"/.test(text) && Number(response.headers.get("retry-after")) > 0)
            refusals.clear++;
        } else loadProblems.push(`HTTP ${response.status}`);
      } catch (error) {
        loadProblems.push((error as Error).name);
      }
      if (refusals.total > 0) await sleep(50); // a client told to retry does not hammer
    }
  });
  await sleep(1000);

  await cut();
  const cutAt = Date.now();
  const health = await fetch(`${server.url}/api/health`);
  const healthBody = await health.text();
  const ready = await fetch(`${server.url}/api/ready`);
  const page = await fetch(`${server.url}/en/track?reference=${before[0]!.reference}&code=${before[0]!.accessCode}`);
  const pageText = await page.text();
  const submitDuringOutage = await fetch(`${server.url}/api/v1/requests`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: sampleRequest(999),
  });
  const submitBody = await submitDuringOutage.text();
  const staticPage = await fetch(`${server.url}/en/visas`);
  await sleep(Math.max(0, outageSeconds * 1000 - (Date.now() - cutAt)));
  const acknowledgedDuringOutage = acknowledged.length;
  const outage = Date.now() - cutAt;
  // What the server logged as errors during the outage: the kind of each (no messages, no data).
  const logged = server.logs
    .join("")
    .split("\n")
    .filter((line) => line.includes('"level":50'))
    .map((line) => {
      const entry = JSON.parse(line) as { event?: string; err?: { type?: string; code?: string } };
      return `${entry.event ?? "?"}: ${entry.err?.type ?? "?"}${entry.err?.code ? ` ${entry.err.code}` : ""}`;
    });

  await open();
  const restoredAt = Date.now();
  let recovered = NaN;
  for (let i = 0; i < 300; i++) {
    if ((await fetch(`${server.url}/api/health`)).status === 200) {
      recovered = Date.now() - restoredAt;
      break;
    }
    await sleep(100);
  }
  const after = await submitOne(server, 1000);
  await sleep(3000);
  loading = false;
  await Promise.all(load);
  let intact = 0;
  for (const request of before) if ((await track(server, request)) === 200) intact++;
  let kept = 0;
  for (const request of acknowledged) if ((await track(server, request)) === 200) kept++;
  await server.stop();
  await cut();
  const title = /<h1[^>]*>([^<]*)</.exec(pageText)?.[1] ?? "(no heading)";
  const passed =
    health.status === 503 &&
    ready.status === 503 &&
    /problem/i.test(title) &&
    submitDuringOutage.status === 503 &&
    staticPage.status === 200 &&
    Number.isFinite(recovered) &&
    after.status === 201 &&
    intact === before.length &&
    outage >= outageSeconds * 1000 &&
    kept === acknowledged.length &&
    refusals.clear === refusals.total &&
    refusals.total > 0 &&
    loadProblems.length === 0;
  report(
    "Database down",
    passed,
    `The app on PostgreSQL, through a TCP relay that the drill cuts (every connection dropped, new ones refused) for ${(outage / 1000).toFixed(1)} s and then restores. 20 requests were stored before the cut. Four clients submitted without pause from a second before the cut until 3 s after the restore (requests in flight at the cut included).

| under load, before, during and after the outage | count |
|---|---|
| acknowledged (201) | ${acknowledged.length} (${acknowledgedDuringOutage} before the restore); **${kept} of them tracked afterwards** |
| refused (503) | ${refusals.total}, of which ${refusals.clear} with \`{"error":"service_unavailable"}\` and \`Retry-After\` |
| any other answer, or none within 60 s | ${loadProblems.length}${loadProblems.length ? ` (${[...new Set(loadProblems)].join(", ")})` : ""} |

| during the outage | answer |
|---|---|
| \`GET /api/health\` | ${health.status} \`${healthBody.slice(0, 120)}\` |
| \`GET /api/ready\` | ${ready.status} |
| the tracking page with a reference (reads the database), without JavaScript | ${page.status}, heading "${title}" |
| \`POST /api/v1/requests\` | ${submitDuringOutage.status} \`${submitBody.slice(0, 120)}\` |
| a prerendered page (\`/en/visas\`) | ${staticPage.status} |

Errors logged during the outage: ${[...new Set(logged)].join("; ") || "none"}.

After the relay is restored the app answers \`/api/health\` 200 after ${Number.isFinite(recovered) ? ms(recovered) : "**never (30 s)**"}, with no restart; a new submission answers ${after.status}; ${intact} of the ${before.length} requests stored before the outage are tracked as before.`,
  );
}

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const wanted = (part: string) => only.length === 0 || only.includes(part);
  const file = path.join(ROOT, "tools/drills/reports", `${today}.md`);
  const drills: [string, string, "sqlite" | "postgresql", (d: DrillDatabase) => Promise<void>][] = [
    ["soak", "Soak", "sqlite", soak],
    ["crash", "Crash", "sqlite", crash],
    ["contention", "Contention", "sqlite", contention],
    ["hostile", "Hostile input", "sqlite", hostile],
    ["database-down", "Database down", "postgresql", databaseDown],
  ];
  if (!process.argv.includes("--reuse-build")) {
    const database = await freshDatabase("sqlite");
    console.log("Building the app into .next-bench …");
    process.env.DATABASE_URL = database.url; // prerendering reads the settings
    build();
    await database.drop();
  }
  // A run of some drills keeps today's results of the others, in the usual order.
  const earlier =
    only.length > 0 && existsSync(file)
      ? readFileSync(file, "utf8")
          .split(/\n(?=## )/)
          .slice(1)
      : [];
  for (const [name, title, provider, drill] of drills) {
    if (!wanted(name)) {
      const kept = earlier.find((part) => part.startsWith(`## ${title}:`));
      if (kept) {
        sections.push(kept.trimEnd());
        verdicts.push([title, kept.startsWith(`## ${title}: passed`)]);
      }
      continue;
    }
    const database = await freshDatabase(provider);
    try {
      await drill(database);
    } catch (error) {
      report(title, false, `The drill itself failed: \`${(error as Error).message.slice(0, 500)}\``);
    } finally {
      for (const server of started.splice(0))
        if (server.process.exitCode === null && server.process.signalCode === null) await server.stop();
      await database.drop();
    }
  }
  const text = `# Reliability drills, ${today}

Run by \`npm run drills\` on loopback, against the production server (\`app/cli/serve.ts\`) on a production build.

${table(
  ["drill", "result"],
  verdicts.map(([name, passed]) => [name, passed ? "passed" : "**FAILED**"]),
)}

${sections.join("\n\n")}
`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`\nWrote ${path.relative(ROOT, file)}`);
  if (verdicts.some(([, passed]) => !passed)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
