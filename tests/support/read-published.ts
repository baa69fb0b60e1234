// A second instance, for the publication test (tests/integration/changes.test.ts): its own
// process and database connection, reading what a public page would show of a content
// block and a rule's notice on a day. Prints JSON.
import { contentOn, ruleNoticeOn } from "../../app/lib/changes/published";
import { db } from "../../app/lib/db/client";

async function main() {
  const [blockId, ruleId, locale, day] = process.argv.slice(2) as [string, string, "en" | "ru", string];
  const block = (await contentOn(locale, day))(blockId);
  const notice = await ruleNoticeOn(ruleId as never, locale, day);
  await db.$disconnect();
  console.log(JSON.stringify({ text: block.text, number: block.number, notice }));
}

void main();
