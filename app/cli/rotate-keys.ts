/** `npm run keys:rotate`: see app/lib/crypto/rotate-keys.ts and DEPLOYMENT.md "Key rotation". */
import "./check-config";
import { previousKeys } from "../lib/crypto/keys";
import { rotateKeys } from "../lib/crypto/rotate-keys";
import { db } from "../lib/db/client";

if (!previousKeys()) {
  console.error(
    "Set DATA_ENCRYPTION_KEY_PREVIOUS and DATA_INDEX_KEY_PREVIOUS to the old keys, and DATA_ENCRYPTION_KEY and DATA_INDEX_KEY to the new ones.",
  );
  process.exit(2);
}
rotateKeys()
  .then(async (counts) => {
    console.log(
      `Re-sealed under the new keys: ${JSON.stringify(counts)}. Now remove the *_PREVIOUS variables and restart the instances.`,
    );
    await db.$disconnect();
  })
  .catch(async (error: unknown) => {
    console.error((error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
