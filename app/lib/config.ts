/**
 * The app's configuration: every environment variable it reads, with its default, parsed
 * and checked once (Zod). The rest of the code calls `config()` and never reads
 * `process.env` itself, so a bad value fails at start with one clear message instead of
 * surfacing later as a silent fallback.
 *
 * Production rules (the `superRefine` below):
 * - demo mode (demo accounts, demo requests) is on only for SQLite unless DEMO_MODE=false,
 *   and with PostgreSQL only when DEMO_MODE=true is set explicitly;
 * - outside demo mode PUBLIC_ORIGIN must be set: links in e-mails are built from it alone;
 * - PostgreSQL needs DATA_ENCRYPTION_KEY and DATA_INDEX_KEY (only the embedded SQLite
 *   setup generates keys into keys.json), and the keys always come in pairs.
 */
import { isIPv4, isIPv6 } from "node:net";
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/consular-helper.db";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** An unset or blank variable is "not given", so `FOO=` in a unit file means the default. */
const optionalText = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string().trim().optional(),
);
const wholeNumber = (fallback: number, min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : Number(value)),
    z.number({ error }).int({ error }).min(min, { error }).max(max, { error }),
  );
};

const base64Key = optionalText.refine((value) => value === undefined || Buffer.from(value, "base64").length === 32, {
  error: "must be 32 random bytes, base64-encoded (openssl rand -base64 32)",
});

/** One CIDR (or a bare address, meaning that address alone). */
function validCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split("/");
  if (extra !== undefined || !address) return false;
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : 0;
  if (!family) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** What opening the database needs, and nothing else (keys and origin are not its business). */
const databaseFields = {
  DATABASE_URL: optionalText
    .transform((value) => value ?? DEFAULT_DATABASE_URL)
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      error: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    }),
  DATABASE_POOL_SIZE: wholeNumber(10, 1, 100),
};

const schema = z
  .object({
    ...databaseFields,
    DATABASE_LOG_QUERIES: z.enum(["1", "0", ""], { error: 'must be "1" or unset' }).optional(),
    DATA_ENCRYPTION_KEY: base64Key,
    DATA_INDEX_KEY: base64Key,
    DATA_ENCRYPTION_KEY_PREVIOUS: base64Key,
    DATA_INDEX_KEY_PREVIOUS: base64Key,
    SMTP_URL: optionalText.refine((value) => value === undefined || /^smtps?:\/\//.test(value), {
      error: 'must start with "smtp://" or "smtps://"',
    }),
    MAIL_FROM: optionalText.transform((value) => value ?? "no-reply@consular-helper.invalid"),
    REQUESTS_PER_HOUR: wholeNumber(10, 1, 1_000_000_000),
    LOOKUPS_PER_HOUR: wholeNumber(30, 1, 1_000_000_000),
    WAITLIST_JOINS_PER_DAY: wholeNumber(5, 1, 1_000_000_000),
    DRAFTS_PER_HOUR: wholeNumber(20, 1, 10_000_000),
    UPLOADS_PER_HOUR: wholeNumber(30, 1, 10_000_000),
    UPLOAD_MB_PER_DAY: wholeNumber(60, 1, 10_000_000),
    REQUEST_MIN_FILL_SECONDS: wholeNumber(5, 0, 3600),
    SIGN_INS_PER_ADDRESS: wholeNumber(20, 1, 1_000_000_000),
    DEMO_MODE: optionalText.pipe(z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional()),
    PUBLIC_ORIGIN: optionalText.refine(
      (value) => {
        if (value === undefined) return true;
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value.replace(/\/$/, "");
        } catch {
          return false;
        }
      },
      { error: "must be an origin such as https://consular.example.by (scheme and host, no path)" },
    ),
    TRUSTED_PROXIES: optionalText.refine(
      (value) => value === undefined || value.split(",").every((entry) => validCidr(entry.trim())),
      {
        error: "must be a comma-separated list of addresses or CIDRs, e.g. 127.0.0.1/32,::1",
      },
    ),
    PORT: wholeNumber(3000, 1, 65535),
    HOST: optionalText.transform((value) => value ?? "0.0.0.0"),
    SHUTDOWN_GRACE_SECONDS: wholeNumber(25, 0, 3600),
    LOG_LEVEL: optionalText
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).optional())
      .transform((value) => value ?? "info"),
    NODE_ENV: optionalText,
  })
  .superRefine((env, ctx) => {
    const postgres = !env.DATABASE_URL.startsWith("file:");
    const demo = env.DEMO_MODE === "true" || (env.DEMO_MODE === undefined && !postgres);
    if (!demo && !env.PUBLIC_ORIGIN) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_ORIGIN"],
        message: "is required outside demo mode (links in e-mails are built from it), e.g. https://consular.example.by",
      });
    }
    for (const [a, b] of [
      ["DATA_ENCRYPTION_KEY", "DATA_INDEX_KEY"],
      ["DATA_ENCRYPTION_KEY_PREVIOUS", "DATA_INDEX_KEY_PREVIOUS"],
    ] as const) {
      if (!env[a] !== !env[b])
        ctx.addIssue({
          code: "custom",
          path: [env[a] ? b : a],
          message: `is required together with ${env[a] ? a : b}`,
        });
    }
    if (postgres && !env.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["DATA_ENCRYPTION_KEY"],
        message: "and DATA_INDEX_KEY are required with PostgreSQL: only the embedded SQLite setup generates keys",
      });
    }
  })
  .transform((env) => {
    const provider = env.DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgresql" as const);
    const demoMode = env.DEMO_MODE === "true" || (env.DEMO_MODE === undefined && provider === "sqlite");
    // In demo mode without PUBLIC_ORIGIN, links point at this machine: never at a Host header.
    const publicOrigin = (env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    return {
      databaseUrl: env.DATABASE_URL,
      databaseProvider: provider,
      databasePoolSize: env.DATABASE_POOL_SIZE,
      databaseLogQueries: env.DATABASE_LOG_QUERIES === "1",
      keys:
        env.DATA_ENCRYPTION_KEY && env.DATA_INDEX_KEY
          ? { encryption: env.DATA_ENCRYPTION_KEY, index: env.DATA_INDEX_KEY }
          : null,
      previousKeys:
        env.DATA_ENCRYPTION_KEY_PREVIOUS && env.DATA_INDEX_KEY_PREVIOUS
          ? { encryption: env.DATA_ENCRYPTION_KEY_PREVIOUS, index: env.DATA_INDEX_KEY_PREVIOUS }
          : null,
      smtpUrl: env.SMTP_URL ?? null,
      mailFrom: env.MAIL_FROM,
      requestsPerHour: env.REQUESTS_PER_HOUR,
      lookupsPerHour: env.LOOKUPS_PER_HOUR,
      /** Wait-list joins one client may make per day (limits.ts in appointments): nobody fills a list from one address. */
      waitlistJoinsPerDay: env.WAITLIST_JOINS_PER_DAY,
      draftsPerHour: env.DRAFTS_PER_HOUR,
      uploadsPerHour: env.UPLOADS_PER_HOUR,
      uploadMegabytesPerDay: env.UPLOAD_MB_PER_DAY,
      /** The shortest time from a request's first page to sending it that a person takes (bot-check.ts). */
      minFillMs: env.REQUEST_MIN_FILL_SECONDS * 1000,
      /** Staff sign-in attempts one client address may make per 15 minutes, whatever the e-mail (login-throttle.ts). */
      signInsPerAddress: env.SIGN_INS_PER_ADDRESS,
      demoMode,
      publicOrigin,
      /** Cookies are Secure when the service is reached over HTTPS: decided here, never by a request header. */
      secureCookies: publicOrigin.startsWith("https:"),
      trustedProxies: env.TRUSTED_PROXIES ? env.TRUSTED_PROXIES.split(",").map((entry) => entry.trim()) : [],
      port: env.PORT,
      host: env.HOST,
      shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
      logLevel: env.LOG_LEVEL,
      development: env.NODE_ENV === "development",
    };
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

/** Parses an environment (process.env by default); throws a ConfigError listing every bad value. */
export function parseConfig(source: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "configuration"} ${issue.message}`);
  throw new ConfigError(`Invalid configuration (see the Configuration table in README.md):\n${lines.join("\n")}`);
}

let cached: Config | undefined;

/** The configuration, parsed from process.env on first use. */
export function config(): Config {
  return (cached ??= parseConfig());
}

/**
 * The database settings alone, for what opens a connection without running the app: Prisma's
 * CLI (`prisma generate` at install, `migrate deploy`), which must not need the production
 * rules (keys, PUBLIC_ORIGIN) that only the server and the CLIs that touch data enforce.
 */
let cachedDatabase: { databaseUrl: string; databasePoolSize: number } | undefined;

export function databaseConfig(): { databaseUrl: string; databasePoolSize: number } {
  return (cachedDatabase ??= parseDatabaseConfig(process.env));
}

function parseDatabaseConfig(source: Record<string, string | undefined>): {
  databaseUrl: string;
  databasePoolSize: number;
} {
  const result = z.object(databaseFields).safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid configuration (see the Configuration table in README.md):\n${lines.join("\n")}`);
  }
  return { databaseUrl: result.data.DATABASE_URL, databasePoolSize: result.data.DATABASE_POOL_SIZE };
}

/** Reads process.env again: only tests (which change it) and a key rotation need this. */
export function reloadConfig(): Config {
  cached = undefined;
  cachedDatabase = undefined;
  return config();
}

/**
 * For command-line entry points and the server, before anything else: a bad value prints
 * what is wrong and exits with status 1 rather than failing on the first request.
 */
export function configOrExit(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
