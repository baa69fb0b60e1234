/**
 * `npm run bench`: builds the app into .next-bench, measures it on this machine and writes
 * tools/bench/reports/<date>.md (also printed). Every figure comes from this run; baselines
 * (a plain static server, nginx) are measured in the same run, side by side.
 * Needs PostgreSQL at TEST_POSTGRES_URL (as `npm test`) and, for the nginx row, Debian's nginx.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import {
  build,
  closedLoop,
  databaseEnv,
  DIST_DIR,
  freshDatabase,
  hammer,
  officerCookie,
  kb,
  machine,
  ms,
  ROOT,
  sampleRequest,
  sleep,
  startServer,
  table,
  verdict,
  type Database,
  type Latencies,
  type Throughput,
} from "./support";

const today = new Date().toISOString().slice(0, 10);
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const RESULT_QUERY = `destination=BY&nationality=PK&passport=ordinary&purpose=tourism&euVisa=multiple&euVisaUsed=yes&travelDate=${inTwoWeeks}&stayDays=10&visaFreeDaysThisYear=0&entryPoint=minsk-airport&viaRussia=no&insurance=yes&returnTicket=yes`;
const ELIGIBILITY = `/api/v1/eligibility?destination=PK&nationality=BY&passport=ordinary&purpose=business&travelDate=${inTwoWeeks}&stayDays=60&businessDocument=chamber-letter&lang=en`;
const PUBLIC_PAGE = "/en/visas";
const section: string[] = [];
/** Adds a part to the report, which is written again after every part: a failure later loses nothing. */
const say = (text: string) => {
  section.push(text);
  console.log(text.split("\n")[0]);
  writeReport();
};

// 1. A prerendered public page: Next versus a plain static server, with and without compression; nginx in front.
async function publicPages(server: { url: string }) {
  const html = await (await fetch(server.url + PUBLIC_PAGE)).text();
  const root = mkdtempSync(path.join(tmpdir(), "static-"));
  writeFileSync(path.join(root, "index.html"), html);
  // sirv serves precompressed files, as a static host would: make them.
  writeFileSync(path.join(root, "index.html.gz"), gzipSync(html, { level: 9 }));
  writeFileSync(path.join(root, "index.html.br"), brotliCompressSync(html));
  const sirv = spawn(process.execPath, ["--import", "tsx", "tools/bench/static-server.ts", root, "3320"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  await waitFor("http://127.0.0.1:3320/");
  const compressed = { "Accept-Encoding": "gzip, br" };
  const rows: [string, Throughput][] = [];
  rows.push(["sirv (static), no compression", await hammer("http://127.0.0.1:3320/")]);
  rows.push(["sirv (static), gzip/br", await hammer("http://127.0.0.1:3320/", { headers: compressed })]);
  rows.push(["Next (`app/cli/serve.ts`), no compression", await hammer(server.url + PUBLIC_PAGE)]);
  rows.push(["Next (`app/cli/serve.ts`), gzip", await hammer(server.url + PUBLIC_PAGE, { headers: compressed })]);
  sirv.kill();
  rmSync(root, { recursive: true, force: true });
  const nginx = await behindNginx(server, compressed);
  if (typeof nginx !== "string") rows.push(["nginx (DEPLOYMENT.md config, TLS, cache) in front of Next, gzip", nginx]);
  const [plain, plainC, next, nextC] = rows.map(([, r]) => r.rps);
  say(`## 1. A prerendered public page (${PUBLIC_PAGE}, ${kb(html.length)} of HTML)

autocannon, 50 connections, 10 s each, on loopback (the load generator shares the 2 cores).

${table(
  ["server", "requests/s", "p50", "p99", "errors"],
  rows.map(([name, r]) => [name, Math.round(r.rps), ms(r.p50), ms(r.p99), r.errors + r.non2xx]),
)}

Next serves the page at **${Math.round((100 * next!) / plain!)} %** of the static server's rate uncompressed and **${Math.round((100 * nextC!) / plainC!)} %** compressed (it gzips every response anew; sirv sends files compressed beforehand).
${typeof nginx === "string" ? `nginx: ${nginx}` : `With nginx in front as DEPLOYMENT.md configures it (its cache answers the public pages), the same page reaches **${Math.round((100 * nginx.rps) / plainC!)} %** of the static server's compressed rate, over TLS.`}`);
}

async function waitFor(url: string, options: RequestInit = {}) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url, options).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

/** nginx with the configuration from DEPLOYMENT.md: the upstream, certificate and cache folder changed to this run's. */
async function behindNginx(server: { url: string }, headers: Record<string, string>): Promise<Throughput | string> {
  if (!existsSync("/usr/sbin/nginx")) return "not measured: nginx is not installed here (`apt-get install nginx`).";
  const documented = /```nginx\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, "DEPLOYMENT.md"), "utf8"))![1]!;
  const dir = mkdtempSync(path.join(tmpdir(), "nginx-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      `${dir}/key.pem`,
      "-out",
      `${dir}/cert.pem`,
    ],
    { stdio: "ignore" },
  );
  const port = new URL(server.url).port;
  const site = documented
    .replace(
      /upstream consular_helper \{[\s\S]*?\n\}/,
      `upstream consular_helper {\n    server 127.0.0.1:${port};\n    keepalive 32;\n}`,
    )
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, "")
    .replace("listen 443 ssl http2;", "listen 127.0.0.1:3443 ssl;")
    .replace("/etc/ssl/consular/fullchain.pem", `${dir}/cert.pem`)
    .replace("/etc/ssl/consular/privkey.pem", `${dir}/key.pem`)
    .replace("/var/cache/nginx/consular", `${dir}/cache`);
  writeFileSync(
    `${dir}/nginx.conf`,
    `${process.getuid?.() === 0 ? "user root; " : ""}worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; events {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;\n${site}\n}\n`,
  );
  execFileSync("nginx", ["-c", `${dir}/nginx.conf`, "-p", dir], { stdio: "inherit" });
  try {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // this run's self-signed certificate
    await waitFor(`https://127.0.0.1:3443${PUBLIC_PAGE}`).catch((error) => {
      throw new Error(`${(error as Error).message}; nginx said:\n${readFileSync(`${dir}/error.log`, "utf8")}`);
    });
    return await hammer(`https://127.0.0.1:3443${PUBLIC_PAGE}`, { headers });
  } finally {
    execFileSync("nginx", ["-c", `${dir}/nginx.conf`, "-p", dir, "-s", "stop"]);
    delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    rmSync(dir, { recursive: true, force: true });
  }
}

// 2. The eligibility API.
async function eligibility(server: { url: string }) {
  const r = await hammer(server.url + ELIGIBILITY);
  say(`## 2. Eligibility API

\`GET ${ELIGIBILITY.replace(/\?.*/, "?…")}\` (a Belarusian on business to Pakistan), autocannon, 50 connections, 10 s:

${table(["requests/s", "p50", "p99", "errors"], [[Math.round(r.rps), ms(r.p50), ms(r.p99), r.errors + r.non2xx]])}`);
}

// 3. Submissions through the API.
async function submissions(results: { provider: string; runs: [number, Latencies][] }[]) {
  const rows = results.flatMap(({ provider, runs }) =>
    runs.map(([c, r]) => [
      provider,
      c,
      r.count,
      Math.round(r.perSecond),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      Object.entries(r.statuses)
        .map(([s, n]) => `${s}: ${n}`)
        .join(", "),
    ]),
  );
  const sqlite10 = results.find((r) => r.provider === "SQLite")!.runs.find(([c]) => c === 10)![1];
  say(`## 3. Submitting requests (\`POST /api/v1/requests\`)

A closed loop of N clients, each sending its next request when the last is answered. Each request is stored with its
event, encrypted fields and e-mail in one transaction, and counts against the per-client rate limit (one row, as all
come from 127.0.0.1).

${table(["database", "clients", "requests", "requests/s", "p50", "p95", "p99", "statuses"], rows)}

Target: p95 under 100 ms at 10 clients on SQLite: ${ms(sqlite10.p95)}, ${verdict(sqlite10.p95 < 100)}.`);
}

async function submit(server: { url: string }, concurrency: number, total: number) {
  return closedLoop(concurrency, total, async (i) => {
    const response = await fetch(`${server.url}/api/v1/requests`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: sampleRequest(i),
    });
    await response.arrayBuffer();
    return response.status;
  });
}

// 5. Page weight.
async function pageWeight(server: { url: string }, staffCookie: string) {
  const ours = appChunks();
  const pages: [string, string, Record<string, string>?][] = [
    ["home", "/en"],
    ["a visa page", "/en/visas"],
    ["a checker question", "/en/check/destination"],
    ["a checker result", `/en/check/result?${RESULT_QUERY}`],
    ["a request step", "/en/request/legalization"],
    ["tracking", "/en/track"],
    ["staff queue", "/staff/requests", { cookie: staffCookie }],
  ];
  const rows: (string | number)[][] = [];
  let worstAppJs = 0;
  for (const [name, url, headers] of pages) {
    const response = await fetch(server.url + url, { headers });
    const html = await response.text();
    const gz = async (asset: string) =>
      gzipSync(Buffer.from(await (await fetch(server.url + asset)).arrayBuffer())).length;
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
      .filter((m) => !/noModule/i.test(m[0]))
      .map((m) => m[1]!);
    const styles = [
      ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
    ].map((m) => (m[1] ?? m[2])!);
    let framework = 0;
    let app = 0;
    for (const src of new Set(scripts)) {
      const size = await gz(src);
      if (ours.has(src.replace(/\?.*/, ""))) app += size;
      else framework += size;
    }
    let css = 0;
    for (const href of new Set(styles)) css += await gz(href);
    const public_ = !url.startsWith("/staff");
    if (public_) worstAppJs = Math.max(worstAppJs, app);
    rows.push([
      name,
      `\`${url.replace(/\?.*/, "?…")}\``,
      kb(gzipSync(html).length),
      kb(css),
      kb(framework),
      kb(app),
      kb(gzipSync(html).length + css + framework + app),
    ]);
  }
  say(`## 5. Page weight (gzip)

What a modern browser downloads for each page (the noModule polyfill is not fetched). "App JS" is every chunk that
holds a client module of this app, with the libraries those modules import (the build's client reference manifests
name them: ${ours.size} chunks); "framework JS" is the rest (Next, React). The HTML includes the page's inline RSC payload.

${table(["page", "URL", "HTML", "CSS", "framework JS", "app JS", "total"], rows)}

Target: at most 20 KB of app JS beyond the framework on public pages: largest ${kb(worstAppJs)}, ${verdict(worstAppJs <= 20 * 1024)}.`);
}

/** The chunks that hold one of this app's client modules (a module outside node_modules). */
function appChunks(): Set<string> {
  const chunks = new Set<string>();
  const manifests = execFileSync("find", [
    path.join(ROOT, ".next-bench/server/app"),
    "-name",
    "*_client-reference-manifest.js",
  ])
    .toString()
    .split("\n")
    .filter(Boolean);
  for (const file of manifests) {
    const json = /= (\{.*\});?\s*$/m.exec(readFileSync(file, "utf8"))![1]!;
    const { clientModules } = JSON.parse(json) as { clientModules: Record<string, { chunks: string[] }> };
    for (const [module, { chunks: files }] of Object.entries(clientModules))
      if (!module.includes("/node_modules/")) files.forEach((f) => chunks.add(f));
  }
  return chunks;
}

// 6. Lighthouse.
type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  shifts?: { element: string; score: number }[];
  failing: string[];
  runtimeError?: string;
};
const lighthouseOnce = (url: string): Scores => {
  const run = () =>
    JSON.parse(execFileSync(process.execPath, ["tools/bench/lighthouse.mjs", url], { cwd: ROOT }).toString()) as Scores;
  // A run that failed to record a trace (NO_NAVSTART) measured nothing: run it again, once.
  const first = run();
  return first.runtimeError ? run() : first;
};
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
/**
 * Five runs, each figure their median (CLS their worst), as Lighthouse's own guidance advises: one
 * run's LCP varies here by up to 20 %. A run that measured nothing, twice, is left out and named.
 */
function summary(all: Scores[]): Scores {
  const runs = all.filter((run) => !run.runtimeError);
  if (!runs.length) return all[0]!;
  const of = (key: "performance" | "accessibility" | "bestPractices" | "seo" | "lcpMs" | "tbtMs") =>
    median(runs.map((run) => run[key] ?? NaN));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    lcpMs: of("lcpMs"),
    tbtMs: of("tbtMs"),
    cls: Math.max(...runs.map((run) => run.cls ?? Infinity)),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
    runtimeError:
      runs.length < all.length
        ? `${all.length - runs.length} of ${all.length} runs failed: ${all.find((run) => run.runtimeError)!.runtimeError}`
        : undefined,
  };
}
const RUNS = 5;

async function lighthouse(server: { url: string }) {
  const pages = [
    "",
    "/visas",
    "/check/destination",
    `/check/result?${RESULT_QUERY}`,
    "/request/legalization",
    "/track",
  ];
  const locales = ["en", "ur"] as const;
  // The two languages' runs alternate, so a change in the machine's load over the minutes a
  // page takes weighs on both alike: issue 14 compares them.
  const byLocale: Record<(typeof locales)[number], Scores[]> = { en: [], ur: [] };
  const shifted: string[] = [];
  // Each page must be the page itself: a redirect (an answer the checker has since come to ask
  // for, say) would measure another page, after a round trip.
  for (const page of pages)
    for (const locale of locales) {
      const { status } = await fetch(`${server.url}/${locale}${page}`, { redirect: "manual" });
      if (status !== 200) throw new Error(`/${locale}${page} answers ${status}, not the page itself`);
    }
  for (const page of pages) {
    const runs: Record<(typeof locales)[number], Scores[]> = { en: [], ur: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const locale of locales) {
        const scores = lighthouseOnce(`${server.url}/${locale}${page}`);
        runs[locale].push(scores);
        if (scores.cls)
          shifted.push(
            `\`/${locale}${page.replace(/\?.*/, "?…")}\` run ${i + 1}: CLS ${scores.cls.toFixed(4)}, moved ${
              scores.shifts?.map((s) => `\`${s.element}\` (${s.score.toFixed(4)})`).join(", ") || "(not named)"
            }`,
          );
      }
    }
    for (const locale of locales) byLocale[locale].push(summary(runs[locale]));
  }
  const all = [...byLocale.en, ...byLocale.ur];
  const rows = all.map((scores, i) => [
    `\`/${locales[Math.floor(i / pages.length)]}${pages[i % pages.length]!.replace(/\?.*/, "?…")}\``,
    scores.performance,
    scores.accessibility,
    scores.bestPractices,
    scores.seo,
    ms(scores.lcpMs ?? NaN),
    ms(scores.tbtMs ?? NaN),
    (scores.cls ?? NaN).toFixed(3),
    [scores.runtimeError, scores.failing.join(", ")].filter(Boolean).join("; "),
  ]);
  const met = all.every(
    (s) => s.performance >= 95 && s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100,
  );
  const seoMisses = all.filter((s) => s.seo < 100);
  const onlyNoindex = seoMisses.every((s) => s.failing.length === 1 && s.failing[0] === "is-crawlable");
  const slow = rows.filter((_, i) => all[i]!.performance < 95).map((r) => r[0]);
  // The Urdu page's LCP against the same page in English (all[]: the English pages first, then the Urdu ones).
  const urdu = pages.map((page, i) => {
    const [en, ur] = [all[i]!.lcpMs ?? NaN, all[i + pages.length]!.lcpMs ?? NaN];
    const change = (ur / en - 1) * 100;
    return {
      page: `\`${page.replace(/\?.*/, "?…") || "/"}\``,
      lcp: `${change >= 0 ? "+" : "−"}${Math.abs(change).toFixed(1)} %`,
      within: change <= 10,
    };
  });
  const maxUrduCls = Math.max(...all.slice(pages.length).map((s) => s.cls ?? Infinity));
  say(`## 6. Lighthouse 12.2.3 (mobile emulation, slow 4G and 4× CPU slowdown applied to the load, Debian Chromium)

${table(["page", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "CLS", "failed audits"], rows)}

Each figure is the median of ${RUNS} runs (CLS: the worst), the English and Urdu runs of a page taken in turn. Target: accessibility, best practices and SEO 100, performance at least 95, on every page in both languages: ${verdict(met)}.
${seoMisses.length && onlyNoindex ? `\n- SEO is below 100 only where the one failed audit is is-crawlable: the checker's question and result pages are marked noindex on purpose (each holds a traveller's answers in its address, and their number is endless); the checker's start page and every information page are indexed.` : ""}
${slow.length ? `- Performance below 95: ${slow.join(", ")}.` : ""}
- Urdu against English, page by page (issue 14: LCP within 10 %, CLS 0): ${urdu.map((u) => `${u.page} ${u.lcp}`).join(", ")}; CLS on Urdu pages at most ${maxUrduCls.toFixed(3)}: ${verdict(urdu.every((u) => u.within) && maxUrduCls === 0)}.
- Runs in which anything moved (${shifted.length} of ${RUNS * pages.length * locales.length}): ${shifted.join("; ") || "none"}.`);
}

// 4. The staff queue at 100,000 and 1,000,000 requests (a process per database: tools/bench/queue.ts).
type QueueReport = {
  provider: string;
  sizes: {
    total: number;
    seedSeconds: number;
    cases: {
      name: string;
      rows: number;
      layer: { p50: number; p95: number; runs: number };
      page: { p50: number; p95: number; runs: number };
      plan: string[];
    }[];
  }[];
};
function queue(database: Database, port: number): QueueReport {
  const out = path.join(tmpdir(), `queue-${database.provider}.json`);
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tools/bench/queue.ts", out, String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, ...databaseEnv(database), DATABASE_LOG_QUERIES: "1", NEXT_DIST_DIR: DIST_DIR },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  return JSON.parse(readFileSync(out, "utf8")) as QueueReport;
}

function queueSection(reports: QueueReport[]) {
  const rows = reports.flatMap((r) =>
    r.sizes.flatMap((s) =>
      s.cases.map((c) => [
        r.provider === "sqlite" ? "SQLite" : "PostgreSQL",
        s.total,
        c.name,
        c.rows,
        ms(c.layer.p50),
        ms(c.layer.p95),
        ms(c.page.p50),
        ms(c.page.p95),
      ]),
    ),
  );
  const targetCases = reports.flatMap((r) =>
    r.sizes
      .filter((s) => s.total === 1_000_000)
      .flatMap((s) =>
        s.cases.filter((c) => !c.name.startsWith("search by name")).map((c) => ({ provider: r.provider, ...c })),
      ),
  );
  const worst = targetCases.reduce((a, b) => (b.layer.p95 > a.layer.p95 ? b : a));
  const plans = reports.flatMap((r) =>
    r.sizes
      .filter((s) => s.total === 1_000_000)
      .map(
        (s) =>
          `### Query plans, ${r.provider === "sqlite" ? "SQLite" : "PostgreSQL"}, 1,000,000 requests\n\n${s.cases.map((c) => `${c.name}:\n\`\`\`\n${c.plan.join("\n")}\n\`\`\``).join("\n\n")}`,
      ),
  );
  const seeds = reports
    .flatMap((r) =>
      r.sizes.map((s) => `${r.provider} ${s.total.toLocaleString("en")} rows in ${s.seedSeconds.toFixed(0)} s`),
    )
    .join("; ");
  say(`## 4. Staff queue at 100,000 and 1,000,000 requests

Requests over five years, the last 45 days open (received, in review, needs information), the rest closed; 2 % urgent;
half with a passport number (blind index). Seeded with SQL in batches (${seeds}). "Data layer" is \`listQueue\` as the page
calls it (the query and its audit record), 20 warm-up runs then up to 200; "page" is the whole \`/staff/requests\` page
over HTTP with an officer's session, the same way.

${table(["database", "requests", "page", "rows", "data layer p50", "data layer p95", "page p50", "page p95"], rows)}

Target: p95 under 50 ms at 1,000,000 requests (data layer; every page but the name search): worst ${ms(worst.layer.p95)} (${worst.provider}, ${worst.name}), ${verdict(worst.layer.p95 < 50)}.
A name search reads every row (a "contains" match cannot use an index); a reference or passport number is found by its index.

${plans.join("\n\n")}`);
}

async function main() {
  // `npm run bench -- queue weight` runs only those parts; --reuse-build keeps .next-bench.
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const wanted = (part: string) => only.length === 0 || only.includes(part);
  if (only.length > 0) keepTodaysOtherParts();
  const sqlite = await freshDatabase("sqlite");
  const postgres = await freshDatabase("postgresql");
  const servers: { stop: () => Promise<unknown> }[] = [];
  try {
    if (!process.argv.includes("--reuse-build")) {
      console.log("Building the app into .next-bench …");
      process.env.DATABASE_URL = sqlite.url; // prerendering reads the settings
      build();
    }
    const server = await startServer(sqlite, 3300);
    servers.push(server);
    const staffCookie = await officerCookie(server.url);
    if (wanted("pages")) await publicPages(server);
    if (wanted("eligibility")) await eligibility(server);
    if (wanted("submissions")) {
      const results: { provider: string; runs: [number, Latencies][] }[] = [];
      for (const [name, database, port] of [
        ["SQLite", sqlite, 3300],
        ["PostgreSQL", postgres, 3301],
      ] as const) {
        const target =
          port === 3300 ? server : (servers[servers.push(await startServer(database, port)) - 1] as typeof server);
        const runs: [number, Latencies][] = [];
        for (const clients of [1, 10, 50]) {
          await submit(target, clients, 50); // warm-up
          runs.push([clients, await submit(target, clients, clients === 1 ? 300 : 1000)]);
        }
        results.push({ provider: name, runs });
      }
      await submissions(results);
    }
    if (wanted("weight")) await pageWeight(server, staffCookie);
    if (wanted("lighthouse")) await lighthouse(server);
    if (wanted("queue")) {
      const queueSqlite = await freshDatabase("sqlite");
      const queuePostgres = await freshDatabase("postgresql");
      try {
        queueSection([queue(queueSqlite, 3310), queue(queuePostgres, 3311)]);
      } finally {
        await queueSqlite.drop();
        await queuePostgres.drop();
      }
    }
  } finally {
    for (const server of servers) await server.stop();
    await sqlite.drop();
    await postgres.drop();
  }
  console.log(`\nWrote ${path.relative(ROOT, REPORT)}`);
}

const header = () => `# Benchmarks, ${today}

Measured by \`npm run bench\` on ${machine()}, Next ${packageVersion("next")}, PostgreSQL ${execFileSync("psql", ["-V"])
  .toString()
  .trim()
  .replace(/^psql \(PostgreSQL\) /, "")}, SQLite (better-sqlite3 ${packageVersion("better-sqlite3")}).
The server is \`app/cli/serve.ts\` on a production build; the load generator runs on the same two cores.`;

const REPORT = path.join(ROOT, "tools/bench/reports", `${today}.md`);
const PARTS: Record<string, string> = {
  pages: "1",
  eligibility: "2",
  submissions: "3",
  queue: "4",
  weight: "5",
  lighthouse: "6",
};

/** A run of some parts keeps the other parts of today's report, measured earlier today. */
function keepTodaysOtherParts() {
  if (!existsSync(REPORT)) return;
  const rerun = new Set(
    process.argv
      .slice(2)
      .filter((a) => !a.startsWith("--"))
      .map((part) => PARTS[part]),
  );
  for (const part of readFileSync(REPORT, "utf8")
    .split(/\n(?=## \d\. )/)
    .slice(1))
    if (!rerun.has(part.slice(3, 4))) section.push(part.trimEnd());
}
function writeReport() {
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(
    REPORT,
    `${header()}\n\n${[...section].sort((a, b) => a.slice(3, 5).localeCompare(b.slice(3, 5))).join("\n\n")}\n`,
  );
}

const packageVersion = (name: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
