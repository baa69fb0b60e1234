/**
 * Whether an error means the database cannot be reached right now (down, restarting, the
 * network to it cut, its pool exhausted): a passing state to answer 503 to, not a bug.
 */
const UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// A raw query reports the same as P2010 ("raw query failed"), with the driver adapter's own kind.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (typeof code === "string" && UNREACHABLE.has(code)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" && UNREACHABLE_KINDS.has(kind);
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
