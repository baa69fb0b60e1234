/**
 * Structured logs: one JSON object per line on standard output (pino), for the process
 * manager or log shipper to collect. Personal data never reaches a log line: the fields
 * that could carry it are redacted wherever they appear, and callers log identifiers
 * (reference, request id, staff id), never names, numbers or messages.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { config } from "./config";

const PERSONAL_FIELDS = [
  "email",
  "phone",
  "applicantName",
  "fullName",
  "name",
  "passportNumber",
  "dateOfBirth",
  "password",
  "accessCode",
  "recipient",
  "body",
  "message",
  "answers",
  "details",
  "cookie",
  "authorization",
];

export function createLogger(destination?: DestinationStream, level: string = config().logLevel): Logger {
  return pino(
    {
      level,
      base: { service: "consular-helper", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          ...PERSONAL_FIELDS,
          ...PERSONAL_FIELDS.map((field) => `*.${field}`),
          "*.headers.cookie",
          "*.headers.authorization",
        ],
        censor: "[redacted]",
      },
      // An error's message can quote what was typed; keep its kind, code and stack.
      serializers: {
        err: (error: Error & { code?: string }) => ({
          type: error.name,
          code: error.code,
          stack: error.stack?.split("\n").slice(1, 6).join("\n"),
        }),
      },
      hooks: {
        // Without a message of its own, pino would take the error's message as the line's
        // message: use the event name instead.
        logMethod(args, method) {
          const [first] = args as unknown[];
          if (args.length === 1 && typeof first === "object" && first !== null) {
            const event = (first as { event?: unknown }).event;
            method.apply(this, [first, typeof event === "string" ? event : ""] as unknown as Parameters<typeof method>);
            return;
          }
          method.apply(this, args);
        },
      },
    },
    destination,
  );
}

export const log = createLogger();
