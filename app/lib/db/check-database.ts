import "server-only";
import { db } from "./client";

/** True when the database answers a trivial query. Used by /api/health. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
