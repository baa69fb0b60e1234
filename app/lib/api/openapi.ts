/** The OpenAPI description of the public API (/api/v1/openapi.json), generated from the same Zod schemas the API validates with. */
import { z } from "zod";
import { ANSWER_FIELDS, ANSWER_SCHEMAS } from "../visa/answers";
import { EligibilityResponseSchema, ErrorResponseSchema } from "../visa/eligibility-response";
import { REQUEST_TYPES, requestSchema } from "../requests/types";

/** Every endpoint that reads the database answers this while it cannot (app/lib/db/unavailable.ts). */
const UNAVAILABLE = { description: "The service cannot reach its database for a moment: retry after `Retry-After` seconds" };

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  destination: "Country of entry.",
  nationality: "Nationality, ISO 3166-1 alpha-2 (PK, BY; any other code gives not_covered).",
  validPassport: "Belarusian citizens entering Belarus: do they hold a valid passport?",
  passport: "Kind of passport.",
  purpose: "Main purpose of the trip.",
  travelDate: "First day of the trip (YYYY-MM-DD). Default: today in Islamabad.",
  stayDays: "Length of stay in days, counting arrival and departure days.",
  euVisa: "Pakistani citizens entering Belarus: EU or Schengen visa held.",
  euVisaUsed: "Has that visa been used to enter the EU or Schengen area?",
  entryPoint: "Where the traveller enters Belarus.",
  viaRussia: "Arriving from, or leaving to, Russia.",
  insurance: "Medical insurance of at least €10,000.",
  returnTicket: "Ticket with a confirmed departure date from a Belarusian airport.",
  businessDocument: "Belarusian citizens on business in Pakistan: the supporting document held.",
  sponsorClearance: "Has the Pakistani sponsor obtained immigration clearance?",
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Consular Helper API",
      version: "1.0.0",
      description:
        "Public API of the consular service of the Embassy of the Republic of Belarus in Islamabad. Rules come from public sources and carry their verification status.",
    },
    paths: {
      "/api/v1/eligibility": {
        get: {
          summary: "Check whether a trip between Belarus and Pakistan needs a visa",
          description:
            "Send the answers the trip needs; which ones depends on the earlier ones. Missing answers for the branch taken and invalid values give 400 with every bad parameter named.",
          parameters: [
            ...ANSWER_FIELDS.map((name) => ({
              name,
              in: "query",
              required: false,
              description: PARAMETER_DESCRIPTIONS[name],
              schema: jsonSchema(ANSWER_SCHEMAS[name]),
            })),
            { name: "lang", in: "query", required: false, description: "Language of the texts.", schema: { type: "string", enum: ["en", "ru", "be", "ur"], default: "en" } },
          ],
          responses: {
            "200": { description: "The outcome and why", content: { "application/json": { schema: jsonSchema(EligibilityResponseSchema) } } },
            "400": { description: "Invalid or missing parameters", content: { "application/json": { schema: jsonSchema(ErrorResponseSchema) } } },
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/requests": {
        post: {
          summary: "Send a request to the consular section",
          description:
            "The body holds `type`, `language` (en, ru, be, ur) and the answers of that type's form, with `declaration: \"yes\"`. Answers are validated exactly as on the web form.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: REQUEST_TYPES.map((type) => {
                    const schema = jsonSchema(requestSchema(type)) as { properties: Record<string, unknown>; required?: string[] };
                    return {
                      ...schema,
                      additionalProperties: false,
                      properties: { type: { const: type }, language: { type: "string", enum: ["en", "ru", "be", "ur"] }, ...schema.properties },
                      required: ["type", ...(schema.required ?? [])],
                    };
                  }),
                },
              },
            },
          },
          responses: {
            "201": { description: "Stored: `reference`, `accessCode` (keep it secret), `status`, `trackingUrl`" },
            "400": { description: "The body is not a JSON object" },
            "413": { description: "The body is larger than 64 KB" },
            "422": { description: "Invalid fields: `errors` names each one with a message key" },
            "429": { description: "Too many requests from this client" },
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/requests/{reference}": {
        get: {
          summary: "The public status and timeline of a request",
          parameters: [
            { name: "reference", in: "path", required: true, schema: { type: "string", example: "BP-7K3M-9QXT" } },
            { name: "X-Access-Code", in: "header", required: true, schema: { type: "string" }, description: "The access code (only in this header: never in the address)" },
          ],
          responses: { "200": { description: "Status and public timeline" }, "404": { description: "No request with this reference and code" }, "429": { description: "Too many lookups" }, "503": UNAVAILABLE },
        },
      },
    },
  };
}
