// The public API's OpenAPI document is complete, as `redocly lint` (README) and a client generator
// need it: every operation named, every response of every operation with its JSON schema, the
// access code as a security scheme, the service's own origin as the server.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../app/lib/api/openapi";
import { config } from "../../app/lib/config";

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};

const doc = openApiDocument();
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`,
    path,
    operation,
  })),
);

describe("the OpenAPI document", () => {
  it("describes the six operations of the API", () => {
    expect(operations.map((o) => o.name).sort()).toEqual(
      [
        "GET /api/v1/appointments/slots",
        "GET /api/v1/eligibility",
        "GET /api/v1/requests/{reference}",
        "GET /api/v1/rules",
        "POST /api/v1/appointments",
        "POST /api/v1/requests",
      ].sort(),
    );
  });

  it("names every operation, each name once", () => {
    const ids = operations.map((o) => o.operation.operationId);
    for (const [i, id] of ids.entries()) expect(id, operations[i]!.name).toMatch(/^[a-z][A-Za-z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every response of every operation a JSON schema", () => {
    for (const { name, operation } of operations) {
      expect(Object.keys(operation.responses).length, name).toBeGreaterThan(1);
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        expect(schema, `${name} ${status}`).toMatchObject({ type: "object" });
      }
    }
  });

  it("asks for the access code through its security scheme, only where it is needed", () => {
    expect(doc.components.securitySchemes.accessCode).toEqual(
      expect.objectContaining({ type: "apiKey", in: "header", name: "X-Access-Code" }),
    );
    for (const { name, path, operation } of operations) {
      expect(operation.security, name).toEqual(path === "/api/v1/requests/{reference}" ? [{ accessCode: [] }] : []);
      // Never as a parameter too, where a client might put it in the address.
      expect(operation.parameters?.some((p) => p.name.toLowerCase() === "x-access-code") ?? false, name).toBe(false);
    }
  });

  it("declares every path parameter", () => {
    for (const { name, path, operation } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(operation.parameters?.filter((p) => p.in === "path").map((p) => p.name) ?? [], name).toEqual(inPath);
    }
  });

  it("has the service's public origin as its server", () => {
    expect(doc.servers).toEqual([{ url: config().publicOrigin }]);
    expect(doc.servers[0]!.url).toMatch(/^https?:\/\/[^/]+$/);
  });
});
