import { getTranslations } from "next-intl/server";
import type { ConditionView } from "@/lib/visa/present";

/** Each condition as met (✓) or not met (✗), with the answer the person gave. */
export async function ConditionList({ conditions }: { conditions: ConditionView[] }) {
  const t = await getTranslations("Visa.result");
  return (
    <ul className="checks">
      {conditions.map((c) => (
        <li key={c.id}>
          <span className={`mark ${c.met ? "mark--met" : c.met === false ? "mark--not-met" : ""}`} aria-hidden="true">
            {c.met ? "✓" : c.met === false ? "✗" : "–"}
          </span>
          <span>
            <span className="visually-hidden">
              {c.met ? t("met") : c.met === false ? t("notMet") : t("unanswered")}:{" "}
            </span>
            {c.text}
          </span>
          {c.answerText !== null && <span className="answer">{t("yourAnswer", { answer: c.answerText })}</span>}
        </li>
      ))}
    </ul>
  );
}
