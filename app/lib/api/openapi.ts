/** The OpenAPI description of the public API (/api/v1/openapi.json), generated from the same Zod schemas the API validates with. */
import { z } from "zod";
import { ANSWER_FIELDS, ANSWER_SCHEMAS, isNumberField, NUMBER_BOUNDS } from "../visa/answers";
import { EligibilityResponseSchema, ErrorResponseSchema } from "../visa/eligibility-response";
import { RulesResponseSchema } from "../rules/rules-response";
import { REQUEST_TYPES, requestSchema } from "../requests/types";
import {
  BookingResponseSchema,
  bookingSchema,
  SlotsResponseSchema,
  slotsQuerySchema,
} from "../appointments/booking-schema";
import { MAX_RANGE_DAYS } from "../appointments/slots";
import { config } from "../config";
import { STATUSES } from "../requests/status";

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
};

// What the routes answer besides their results (app/lib/api/refusals.ts, json-body.ts, app/lib/db/unavailable.ts):
// a stable code in `error`, and for invalid fields each one named with a message key.
const refusal = (...codes: [string, ...string[]]) => z.object({ error: z.enum(codes) });
const fieldRefusal = (code: "invalid_fields" | "invalid_parameters") =>
  z.object({
    error: z.literal(code),
    errors: z.array(z.object({ field: z.string(), message: z.string().describe("A message key: stable") })),
  });
const RETRY_AFTER = {
  "Retry-After": { description: "Seconds until a retry may succeed", schema: { type: "integer", minimum: 0 } },
};

/** A response with a JSON body. */
const json = (description: string, schema: z.ZodType, headers?: typeof RETRY_AFTER) => ({
  description,
  ...(headers && { headers }),
  content: { "application/json": { schema: jsonSchema(schema) } },
});

/** Every endpoint that reads the database answers this while it cannot (app/lib/db/unavailable.ts). */
const UNAVAILABLE = json(
  "The service cannot reach its database for a moment: retry after `Retry-After` seconds",
  refusal("service_unavailable"),
  RETRY_AFTER,
);
const TOO_MANY = (what: string) =>
  json(`${what}; \`Retry-After\` says in how many seconds the window ends`, refusal("too_many_requests"), RETRY_AFTER);
const NOT_JSON = json("The body is not a JSON object", refusal("invalid_json"));
const TOO_LARGE = (size: string) => json(`The body is larger than ${size}`, refusal("payload_too_large"));
const NOT_SENT_AS_JSON = json("The body is not sent as application/json", refusal("unsupported_media_type"));

const RequestCreatedSchema = z.object({
  reference: z.string(),
  accessCode: z.string().describe("Keep it secret: with the reference it opens the request"),
  status: z.literal("received"),
  trackingUrl: z.url().describe("The request's tracking page"),
});
const RequestStatusSchema = z.object({
  reference: z.string(),
  type: z.enum(REQUEST_TYPES),
  status: z.enum(STATUSES),
  createdAt: z.string().describe("ISO 8601 with the Embassy's offset (+05:00)"),
  timeline: z.array(
    z.object({
      kind: z.string().describe("What happened: submitted, status_changed, message, applicant_reply, …"),
      status: z.enum(STATUSES).nullable().describe("The new status, when the status changed"),
      message: z.string().nullable(),
      from: z.enum(["applicant", "embassy"]),
      at: z.string().describe("ISO 8601 with the Embassy's offset (+05:00)"),
    }),
  ),
});

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  destination: "Country of entry.",
  nationality: "Nationality, ISO 3166-1 alpha-2 (PK, BY; any other code gives not_covered).",
  validPassport: "Belarusian citizens entering Belarus: do they hold a valid passport?",
  passport: "Kind of passport.",
  purpose: "Main purpose of the trip.",
  travelDate: "First day of the trip (YYYY-MM-DD). Default: today in Islamabad.",
  stayDays:
    "Length of stay in days, counting arrival and departure days: a whole number in plain digits (1e1, 0x0A, ' 10' and 10.5 are refused).",
  visaFreeDaysThisYear:
    "Days already spent in Belarus without a visa in the calendar year of the trip: a whole number 0–365 in plain digits. Default 0. Visa-free entry needs visaFreeDaysThisYear + stayDays ≤ 90.",
  euVisa: "Pakistani citizens entering Belarus: EU or Schengen visa held.",
  euVisaUsed:
    "Has that visa been used to enter the EU or Schengen area? (Since the EU's Entry/Exit System passports are no longer stamped; what proof Belarus accepts is to be confirmed.)",
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
    // The public origin, as everywhere a link leaves the service (never a request's Host).
    servers: [{ url: config().publicOrigin }],
    components: {
      securitySchemes: {
        accessCode: {
          type: "apiKey",
          in: "header",
          name: "X-Access-Code",
          description: "A request's access code, given when it was sent (only in this header: never in the address)",
        },
      },
    },
    paths: {
      "/api/v1/eligibility": {
        get: {
          operationId: "checkEligibility",
          security: [],
          summary: "Check whether a trip between Belarus and Pakistan needs a visa",
          description:
            "Send the answers the trip needs; which ones depends on the earlier ones. Values are read exactly as sent. Missing answers for the branch taken, invalid values and an unknown `lang` give 400 with every bad parameter named, each with a stable `code` (`invalid_value` or `required`).",
          parameters: [
            ...ANSWER_FIELDS.map((name) => ({
              name,
              in: "query",
              required: false,
              description: PARAMETER_DESCRIPTIONS[name],
              // A query string carries digits; the schema's transform would otherwise document it as any string.
              schema: isNumberField(name)
                ? {
                    type: "integer",
                    minimum: NUMBER_BOUNDS[name].min,
                    maximum: NUMBER_BOUNDS[name].max,
                    ...(name === "visaFreeDaysThisYear" ? { default: 0 } : {}),
                  }
                : jsonSchema(ANSWER_SCHEMAS[name]),
            })),
            {
              name: "lang",
              in: "query",
              required: false,
              description: "Language of the texts.",
              schema: { type: "string", enum: ["en", "ru", "be", "ur"], default: "en" },
            },
          ],
          responses: {
            "200": json("The outcome and why", EligibilityResponseSchema),
            "400": json("Invalid or missing parameters", ErrorResponseSchema),
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/rules": {
        get: {
          operationId: "listRules",
          security: [],
          summary: "The entry rules in force on a travel date, with their conditions as data",
          description:
            "For travel agents and airlines who apply the rules themselves. Per destination, rules are tried in `order`: the first whose conditions all hold is the answer, and each condition reads one answer of GET /api/v1/eligibility. Each rule carries its validity, sources, verification status and version; a rule scheduled to start later, or ended, is not listed for that date.",
          parameters: [
            {
              name: "date",
              in: "query",
              required: false,
              description: "Travel date (YYYY-MM-DD). Default: today in Islamabad.",
              schema: jsonSchema(ANSWER_SCHEMAS.travelDate),
            },
          ],
          responses: {
            "200": {
              description: "The rules in force on the date",
              content: { "application/json": { schema: jsonSchema(RulesResponseSchema) } },
            },
            "400": {
              description: "An invalid date",
              content: { "application/json": { schema: jsonSchema(ErrorResponseSchema) } },
            },
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/requests": {
        post: {
          operationId: "sendRequest",
          security: [],
          summary: "Send a request to the consular section",
          description:
            'The body holds `type`, `language` (en, ru, be, ur) and the answers of that type\'s form, with `declaration: "yes"`. Answers are validated exactly as on the web form.',
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: REQUEST_TYPES.map((type) => {
                    const schema = jsonSchema(requestSchema(type)) as {
                      properties: Record<string, unknown>;
                      required?: string[];
                    };
                    return {
                      ...schema,
                      additionalProperties: false,
                      properties: {
                        type: { const: type },
                        language: { type: "string", enum: ["en", "ru", "be", "ur"] },
                        ...schema.properties,
                      },
                      required: ["type", ...(schema.required ?? [])],
                    };
                  }),
                },
              },
            },
          },
          responses: {
            "201": json("Stored", RequestCreatedSchema),
            "400": NOT_JSON,
            "413": TOO_LARGE("64 KB"),
            "415": NOT_SENT_AS_JSON,
            "422": json("Invalid fields: `errors` names each one with a message key", fieldRefusal("invalid_fields")),
            "429": TOO_MANY("Too many requests from this client"),
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/appointments/slots": {
        get: {
          operationId: "listFreeSlots",
          security: [],
          summary: "Free appointment slots of a service",
          description: `Only slots with a place left, in the Embassy's time (Asia/Karachi, +05:00). At most ${MAX_RANGE_DAYS} days per call.`,
          parameters: (["service", "from", "to"] as const).map((name) => ({
            name,
            in: "query",
            required: true,
            description: {
              service: "The service",
              from: "First day (YYYY-MM-DD, Karachi)",
              to: "Last day (YYYY-MM-DD, Karachi), inclusive",
            }[name],
            schema: jsonSchema(slotsQuerySchema.shape[name]),
          })),
          responses: {
            "200": json("The free slots", SlotsResponseSchema),
            "400": json("Invalid parameters: `errors` names each one", fieldRefusal("invalid_parameters")),
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/appointments": {
        post: {
          operationId: "bookAppointment",
          security: [],
          summary: "Book an appointment at the consular section",
          description:
            "Free of charge. Booked exactly as on the web pages; the confirmation e-mail carries a calendar file.",
          requestBody: { required: true, content: { "application/json": { schema: jsonSchema(bookingSchema) } } },
          responses: {
            "201": json("Booked: `reference`, `accessCode` (keep it secret), `start`", BookingResponseSchema),
            "400": NOT_JSON,
            "409": json(
              "`slot_full`: no place left in the slot; `already_booked`: this passport number holds an active booking for the service",
              refusal("slot_full", "already_booked"),
            ),
            "413": TOO_LARGE("16 KB"),
            "415": NOT_SENT_AS_JSON,
            "422": json(
              "Invalid fields: `errors` names each one with a message key (`start`: `notASlot` when it is not a bookable slot)",
              fieldRefusal("invalid_fields"),
            ),
            "429": TOO_MANY("Too many bookings from this client"),
            "503": UNAVAILABLE,
          },
        },
      },
      "/api/v1/requests/{reference}": {
        get: {
          operationId: "getRequestStatus",
          security: [{ accessCode: [] }],
          summary: "The public status and timeline of a request",
          parameters: [
            {
              name: "reference",
              in: "path",
              required: true,
              description: "The request's reference number",
              schema: { type: "string", example: "BP-7K3M-9QXT" },
            },
          ],
          responses: {
            "200": json("Status and public timeline", RequestStatusSchema),
            "404": json("No request with this reference and code", refusal("not_found")),
            "429": TOO_MANY("Too many lookups"),
            "503": UNAVAILABLE,
          },
        },
      },
    },
  };
}
