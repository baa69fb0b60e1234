// One writer process for the two-writers test (tests/integration/database.test.ts): COUNT
// read-then-write transactions on the counter table of the SQLite file at URL, through the
// app's adapter. Prints how many failed as JSON.
import { createAdapterFactory } from "../../app/lib/db/adapter";
import { PrismaClient } from "../../app/lib/db/generated/client";

async function main() {
  const [url, count] = [process.argv[2]!, Number(process.argv[3])];
  const client = new PrismaClient({ adapter: createAdapterFactory(url) });
  let failed = 0;
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    try {
      await client.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: number | bigint }[]>("SELECT n FROM counter WHERE id = 1");
          await new Promise((resolve) => setTimeout(resolve, 5)); // the other process gets to start its transaction
          await tx.$executeRawUnsafe(`UPDATE counter SET n = ${Number(row!.n) + 1} WHERE id = 1`);
        },
        { timeout: 20_000, maxWait: 20_000 },
      );
    } catch (error) {
      failed++;
      errors.push(String(error).slice(0, 200));
    }
  }
  await client.$disconnect();
  console.log(JSON.stringify({ failed, errors: errors.slice(0, 3) }));
}

void main();
