/**
 * A request's `details` column (Json): the type-specific answers that have no column of
 * their own, field → text, sealed ones ("v1.…") included. Read back through this schema, so a
 * row that is not that shape fails loudly where it is read instead of further on.
 */
import { z } from "zod";

export const storedDetails = z.record(z.string(), z.string());
export type StoredDetails = z.infer<typeof storedDetails>;
