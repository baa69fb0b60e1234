/**
 * The kinds of request the consular section takes, as data: each is a few short pages of
 * questions (GOV.UK question pages), then contact details, then check-your-answers.
 * From these definitions come the Zod schema of every step (one schema shared by the pages,
 * their actions and POST /api/v1/requests) and the pages themselves.
 */
import { z } from "zod";
import { embassyDay } from "../embassy-time";
import {
  choice,
  declaration,
  email,
  futureDate,
  longText,
  passportNumber,
  pastDate,
  personName,
  phone,
  shortText,
} from "./fields";

export const REQUEST_TYPES = [
  "consular_registration",
  "legalization",
  "certificate_of_return",
  "invitation",
  "bereavement",
  "general_inquiry",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export type FieldKind = "text" | "textarea" | "radio" | "date" | "email" | "phone" | "passport" | "name";
export type Field = {
  name: string;
  kind: FieldKind;
  schema: z.ZodType;
  optional?: boolean;
  options?: readonly string[];
  /** Stored encrypted; passport numbers also get a blind index. */
  protect?: "passportNumber" | "dateOfBirth";
};
export type Step = { id: string; fields: Field[] };

const today = () => embassyDay();
const radio = (name: string, options: readonly [string, ...string[]]): Field => ({
  name,
  kind: "radio",
  options,
  schema: choice(options),
});
const f = {
  text: (name: string): Field => ({ name, kind: "text", schema: shortText }),
  textarea: (name: string): Field => ({ name, kind: "textarea", schema: longText }),
  name: (name: string): Field => ({ name, kind: "name", schema: personName }),
  past: (name: string): Field => ({ name, kind: "date", schema: pastDate(today) }),
  future: (name: string): Field => ({ name, kind: "date", schema: futureDate(today) }),
  passport: (name: string): Field => ({ name, kind: "passport", schema: passportNumber }),
};
const optional = (field: Field): Field => ({ ...field, optional: true });
const YES_NO = ["yes", "no"] as const;

/** Contact details: the same last question page for every kind of request. */
export const CONTACT_STEP: Step = {
  id: "contact",
  fields: [
    f.name("fullName"),
    { name: "phone", kind: "phone", schema: phone },
    optional({ name: "email", kind: "email", schema: email }),
  ],
};

export const REQUEST_DEFINITIONS: Record<RequestType, { urgent?: boolean; attachments: boolean; steps: Step[] }> = {
  consular_registration: {
    attachments: false,
    steps: [
      {
        id: "registration",
        fields: [
          radio("registrationKind", ["permanent", "temporary"]),
          { ...f.passport("passportNumber"), protect: "passportNumber" },
          { ...f.past("dateOfBirth"), protect: "dateOfBirth" },
          f.text("cityInPakistan"),
          optional(f.text("stayDocument")),
        ],
      },
    ],
  },
  legalization: {
    attachments: true,
    steps: [
      {
        id: "documents",
        fields: [
          f.textarea("documentList"),
          radio("issuingCountry", ["PK", "BY", "other"]),
          f.text("issuingAuthority"),
          radio("mofaAttested", ["yes", "no", "not_sure"]),
          optional(f.textarea("useInBelarus")),
        ],
      },
    ],
  },
  certificate_of_return: {
    attachments: true,
    steps: [
      {
        id: "circumstances",
        fields: [
          radio("reason", ["lost", "stolen", "expired", "damaged", "never_had"]),
          f.textarea("circumstances"),
          radio("policeReport", ["yes", "no", "cannot_obtain"]),
          f.future("plannedReturnDate"),
          radio("forChild", YES_NO),
        ],
      },
      {
        id: "identity",
        fields: [
          { ...f.past("dateOfBirth"), protect: "dateOfBirth" },
          optional({ ...f.passport("passportNumber"), protect: "passportNumber" }),
        ],
      },
    ],
  },
  invitation: {
    attachments: false,
    steps: [
      {
        id: "relative",
        fields: [
          f.name("relativeName"),
          radio("relationship", ["spouse", "parent", "child", "grandchild", "sibling", "other"]),
          optional({ ...f.passport("relativePassportNumber"), protect: "passportNumber" }),
          f.future("plannedVisitDate"),
          optional(f.textarea("notes")),
        ],
      },
    ],
  },
  bereavement: {
    urgent: true,
    attachments: true,
    steps: [
      {
        id: "deceased",
        fields: [
          f.name("deceasedName"),
          f.past("dateOfDeath"),
          f.text("placeOfDeath"),
          f.text("yourRelationship"),
          f.textarea("helpNeeded"),
        ],
      },
    ],
  },
  general_inquiry: {
    attachments: false,
    steps: [{ id: "inquiry", fields: [f.text("subject"), f.textarea("message")] }],
  },
};

export function isRequestType(value: string): value is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(value);
}

/** Every question page of a kind of request, in order: its own steps, then contact details. */
export function stepsOf(type: RequestType): Step[] {
  return [...REQUEST_DEFINITIONS[type].steps, CONTACT_STEP];
}

/** The Zod schema of one step. Optional fields accept an empty answer. */
export function stepSchema(step: Step) {
  return z.object(
    Object.fromEntries(
      step.fields.map((field) => [
        field.name,
        field.optional
          ? z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), field.schema.optional())
          : field.schema,
      ]),
    ),
  );
}

/** The whole request as the API receives it: every step's answers plus the declaration. */
export function requestSchema(type: RequestType) {
  const shape = Object.fromEntries(stepsOf(type).flatMap((step) => Object.entries(stepSchema(step).shape)));
  return z.object({ ...shape, declaration }).strict();
}
