import { getTranslations } from "next-intl/server";
import { dataKeys } from "@/i18n/message-keys";

type Section = { title: string; paragraphs: string[] };

/** Long-form pages (accessibility statement, privacy notice, what "to be confirmed" means): headed sections of paragraphs from the messages. */
export async function ProseSections({
  namespace,
  values,
}: {
  namespace: "Accessibility" | "Privacy" | "ToBeConfirmed";
  values?: Record<string, string | number>;
}) {
  const t = await getTranslations(namespace);
  const sections = t.raw("sections") as Section[];
  return sections.map((section, i) => (
    <section key={section.title} aria-labelledby={`section-${i}`}>
      <h2 id={`section-${i}`}>{section.title}</h2>
      {section.paragraphs.map((_, j) => (
        <p key={j}>{dataKeys(t)(`sections.${i}.paragraphs.${j}`, values)}</p>
      ))}
    </section>
  ));
}
