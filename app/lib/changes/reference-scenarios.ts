/**
 * The Embassy's reference scenarios: the released ones (app/lib/rules/scenarios.ts, the rule
 * tests' table) and those staff with the editor permission add. A staff scenario is a checker
 * address pasted by its author, read with the checker's own parser, so it holds exactly the
 * answers a traveller could give; its answers are checked again with the checker's schemas
 * whenever read (a release may narrow them), and one that no longer fits is listed as such
 * and left out of proposals' impact. Adding and deleting are audited in their transaction.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { answerOf, type ScenarioAnswer } from "../rules/impact";
import { REFERENCE_SCENARIOS, type Scenario } from "../rules/scenarios";
import { readRules } from "../rules/current";
import { recordAudit } from "../staff/audit";
import { assertEditor, type VerifiedStaff } from "../staff/sessions";
import { ANSWER_FIELDS, answersToQuery, parseAnswers, type AnswerField, type Answers } from "../visa/answers";
import { OUTCOMES, type Outcome } from "../visa/rules";

/** A scenario with where it comes from: the release, or a staff member (null once their account is deleted). */
export type EmbassyScenario = Scenario &
  ({ origin: "code" } | { origin: "staff"; creator: string | null; createdAt: Date });

export const DESCRIPTION_MAX = 200;

const isOutcome = (value: string): value is Outcome => (OUTCOMES as readonly string[]).includes(value);

/**
 * The answers of a checker address as pasted: a whole address, a path with its query or the
 * query alone. Null when any answer does not fit the checker's schemas or no destination is
 * given (every rule starts from it).
 */
export function answersFromAddress(text: string): Answers | null {
  const trimmed = text.trim().replace(/#.*$/, "");
  const query = trimmed.includes("?") ? trimmed.slice(trimmed.indexOf("?") + 1) : trimmed;
  const { answers, errors } = parseAnswers(new URLSearchParams(query));
  return errors.length === 0 && answers.destination !== undefined ? answers : null;
}

const storedAnswers = z.partialRecord(
  z.enum(ANSWER_FIELDS as [AnswerField, ...AnswerField[]]),
  z.union([z.string(), z.number()]),
);

/** The stored answers read back through the checker's parser; null when they no longer all fit. */
function answersFromJson(value: unknown): Answers | null {
  const stored = storedAnswers.safeParse(value);
  if (!stored.success) return null;
  const parsed = answersFromAddress(
    new URLSearchParams(Object.entries(stored.data).map(([field, answer]) => [field, String(answer)])).toString(),
  );
  return parsed && Object.keys(parsed).length === Object.keys(stored.data).length ? parsed : null;
}

type StaffRow = {
  id: string;
  description: string;
  answers: Answers | null;
  expected: Outcome | null;
  creator: string | null;
  createdAt: Date;
};

async function staffRows(): Promise<StaffRow[]> {
  const rows = await db.referenceScenario.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { creator: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    description: row.description,
    answers: answersFromJson(row.answers),
    expected: isOutcome(row.expected) ? row.expected : null,
    creator: row.creator?.name ?? null,
    createdAt: row.createdAt,
  }));
}

const readable = (row: StaffRow): EmbassyScenario[] =>
  row.answers && row.expected
    ? [
        {
          origin: "staff",
          id: row.id,
          description: row.description,
          answers: row.answers,
          expected: row.expected,
          creator: row.creator,
          createdAt: row.createdAt,
        },
      ]
    : [];

const withReleased = (rows: StaffRow[]): EmbassyScenario[] => [
  ...REFERENCE_SCENARIOS.map((s): EmbassyScenario => ({ ...s, origin: "code" })),
  ...rows.flatMap(readable),
];

/** Every scenario a proposal's impact is computed on: the released ones, then staff's that still fit. */
export async function embassyScenarios(): Promise<EmbassyScenario[]> {
  return withReleased(await staffRows());
}

export type ListedScenario =
  | (EmbassyScenario & { current: ScenarioAnswer; differs: boolean })
  | { origin: "unreadable"; id: string; description: string; creator: string | null; createdAt: Date };

/**
 * The scenarios page: each scenario with the answer the checker gives it today (with the rules
 * in force on its travel date, as the checker reads them) and whether that differs from the
 * outcome expected.
 */
export async function listReferenceScenarios(staff: VerifiedStaff): Promise<ListedScenario[]> {
  assertEditor(staff);
  const rows = await staffRows();
  const listed: ListedScenario[] = [];
  for (const scenario of withReleased(rows)) {
    const current = answerOf(scenario, await readRules(scenario.answers.travelDate));
    listed.push({ ...scenario, current, differs: !current.complete || current.outcome !== scenario.expected });
  }
  const unreadable = rows.filter((row) => !row.answers || !row.expected);
  return [
    ...listed,
    ...unreadable.map((row) => ({
      origin: "unreadable" as const,
      id: row.id,
      description: row.description,
      creator: row.creator,
      createdAt: row.createdAt,
    })),
  ];
}

export type ScenarioResult =
  { ok: true; id: string } | { ok: false; error: "description" | "address" | "expected" | "notFound" };

export async function addReferenceScenario(
  staff: VerifiedStaff,
  input: { description: string; address: string; expected: string },
): Promise<ScenarioResult> {
  assertEditor(staff);
  const description = input.description.trim();
  if (!description || description.length > DESCRIPTION_MAX) return { ok: false, error: "description" };
  const answers = answersFromAddress(input.address);
  if (!answers) return { ok: false, error: "address" };
  if (!isOutcome(input.expected)) return { ok: false, error: "expected" };
  const expected = input.expected;
  const id = await db.$transaction(async (tx) => {
    const row = await tx.referenceScenario.create({ data: { description, answers, expected, creatorId: staff.id } });
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "scenario.added",
        targetType: "scenario",
        targetId: row.id,
        details: { expected, query: answersToQuery(answers) },
      },
      tx,
    );
    return row.id;
  });
  return { ok: true, id };
}

/** Any editor may delete any staff scenario (the released ones are code); audited with what it was. */
export async function deleteReferenceScenario(staff: VerifiedStaff, id: string): Promise<ScenarioResult> {
  assertEditor(staff);
  return db.$transaction(async (tx): Promise<ScenarioResult> => {
    const row = await tx.referenceScenario.findUnique({ where: { id } });
    if (!row) return { ok: false, error: "notFound" };
    const deleted = await tx.referenceScenario.deleteMany({ where: { id } });
    if (deleted.count !== 1) return { ok: false, error: "notFound" };
    await recordAudit(
      {
        actor: { staffId: staff.id },
        action: "scenario.deleted",
        targetType: "scenario",
        targetId: id,
        details: { expected: row.expected, creator: row.creatorId, answers: JSON.stringify(row.answers) },
      },
      tx,
    );
    return { ok: true, id };
  });
}
