import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresqlSchema, SOURCE, TARGET } from "../../prisma/derive-postgresql-schema";

describe("the PostgreSQL schema", () => {
  it("is prisma/schema.prisma with only the provider and client folder changed (run npm run db:schemas)", () => {
    expect(fs.readFileSync(TARGET, "utf8")).toBe(derivePostgresqlSchema(fs.readFileSync(SOURCE, "utf8")));
  });
});
