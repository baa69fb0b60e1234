/**
 * Whether an error means the database cannot be reached right now (down, restarting, the
 * network to it cut, its pool exhausted): a passing state to answer 503 to, not a bug.
 */
const UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNREACHABLE.has(code);
}

/** The API's answer while the database is unavailable: clients may retry in half a minute. */
const databaseUnavailableResponse = () =>
  Response.json({ error: "service_unavailable" }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } });

/** Wraps a route handler: a database that cannot be reached becomes a 503, not a 500. */
export function unavailableAs503<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
      throw error;
    }
  };
}
