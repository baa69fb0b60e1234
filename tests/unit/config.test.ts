// The one configuration module: defaults, bad values refused with a clear message, and the
// production rules (origin, demo mode, keys).
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../app/lib/config";

const key = Buffer.alloc(32, 7).toString("base64");
const postgres = { DATABASE_URL: "postgresql://u@db:5432/app", DATA_ENCRYPTION_KEY: key, DATA_INDEX_KEY: key };

function refusal(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the configuration was accepted");
}

describe("configuration", () => {
  it("runs the embedded default with nothing set: SQLite, demo on, links to this machine, cookies not Secure", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      databaseUrl: "file:./data/consular-helper.db",
      databaseProvider: "sqlite",
      demoMode: true,
      publicOrigin: "http://localhost:3000",
      secureCookies: false,
      trustedProxies: [],
      requestsPerHour: 10,
      lookupsPerHour: 30,
      port: 3000,
      host: "0.0.0.0",
      shutdownGraceMs: 25_000,
      logLevel: "info",
      keys: null,
    });
  });

  it("refuses a bad value instead of falling back silently, naming the variable", () => {
    expect(refusal({ REQUESTS_PER_HOUR: "ten" })).toMatch(/REQUESTS_PER_HOUR/);
    expect(refusal({ DATABASE_POOL_SIZE: "0" })).toMatch(/DATABASE_POOL_SIZE/);
    expect(refusal({ DATABASE_URL: "mysql://x" })).toMatch(/DATABASE_URL must start with/);
    expect(refusal({ DEMO_MODE: "yes" })).toMatch(/DEMO_MODE/);
    expect(refusal({ LOG_LEVEL: "loud" })).toMatch(/LOG_LEVEL/);
    expect(refusal({ PUBLIC_ORIGIN: "https://consular.example.by/en" })).toMatch(/PUBLIC_ORIGIN must be an origin/);
    expect(refusal({ PUBLIC_ORIGIN: "javascript:alert(1)" })).toMatch(/PUBLIC_ORIGIN/);
    expect(refusal({ TRUSTED_PROXIES: "10.0.0.0/33" })).toMatch(/TRUSTED_PROXIES/);
    expect(refusal({ TRUSTED_PROXIES: "nginx" })).toMatch(/TRUSTED_PROXIES/);
    expect(refusal({ DATA_ENCRYPTION_KEY: "c2hvcnQ=", DATA_INDEX_KEY: key })).toMatch(
      /DATA_ENCRYPTION_KEY must be 32 random bytes/,
    );
    expect(refusal({ SMTP_URL: "http://mail" })).toMatch(/SMTP_URL/);
  });

  it("lists every problem at once", () => {
    const message = refusal({ PORT: "x", LOG_LEVEL: "loud" });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  it("turns demo mode off with DEMO_MODE=false, and then requires PUBLIC_ORIGIN", () => {
    expect(refusal({ DEMO_MODE: "false" })).toMatch(/PUBLIC_ORIGIN is required outside demo mode/);
    const config = parseConfig({ DEMO_MODE: "false", PUBLIC_ORIGIN: "https://consular.example.by/" });
    expect(config.demoMode).toBe(false);
    expect(config.publicOrigin).toBe("https://consular.example.by");
    expect(config.secureCookies).toBe(true);
  });

  it("never turns demo mode on with PostgreSQL unless DEMO_MODE=true, and needs its origin and keys", () => {
    expect(refusal(postgres)).toMatch(/PUBLIC_ORIGIN is required/);
    expect(parseConfig({ ...postgres, PUBLIC_ORIGIN: "https://consular.example.by" }).demoMode).toBe(false);
    expect(parseConfig({ ...postgres, DEMO_MODE: "true" }).demoMode).toBe(true);
    expect(refusal({ DATABASE_URL: postgres.DATABASE_URL, PUBLIC_ORIGIN: "https://consular.example.by" })).toMatch(
      /DATA_ENCRYPTION_KEY and DATA_INDEX_KEY are required with PostgreSQL/,
    );
  });

  it("takes keys in pairs", () => {
    expect(refusal({ DATA_ENCRYPTION_KEY: key })).toMatch(
      /DATA_INDEX_KEY is required together with DATA_ENCRYPTION_KEY/,
    );
    expect(refusal({ DATA_INDEX_KEY_PREVIOUS: key })).toMatch(/DATA_ENCRYPTION_KEY_PREVIOUS is required together/);
    expect(parseConfig({ DATA_ENCRYPTION_KEY: key, DATA_INDEX_KEY: key }).keys).toEqual({
      encryption: key,
      index: key,
    });
  });

  it("reads trusted proxies as a list of CIDRs", () => {
    expect(parseConfig({ TRUSTED_PROXIES: "127.0.0.1/32, ::1,10.0.0.0/8" }).trustedProxies).toEqual([
      "127.0.0.1/32",
      "::1",
      "10.0.0.0/8",
    ]);
  });
});

describe("the database settings alone (what Prisma's CLI reads at install and migration)", () => {
  it("open PostgreSQL without the production rules that only the server enforces (keys, PUBLIC_ORIGIN)", async () => {
    const { databaseConfig, reloadConfig, parseConfig } = await import("@/lib/config");
    const saved = { ...process.env };
    try {
      process.env.DATABASE_URL = "postgresql://localhost/generate";
      delete process.env.DATA_ENCRYPTION_KEY;
      delete process.env.DATA_INDEX_KEY;
      delete process.env.PUBLIC_ORIGIN;
      expect(() => parseConfig(process.env)).toThrow(/PUBLIC_ORIGIN/);
      expect(() => reloadConfig()).toThrow();
      expect(databaseConfig()).toEqual({ databaseUrl: "postgresql://localhost/generate", databasePoolSize: 10 });
    } finally {
      process.env = saved;
      reloadConfig();
    }
  });
});
