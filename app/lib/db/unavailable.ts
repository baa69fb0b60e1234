/**
 * Whether an error means the database cannot be reached right now (down, restarting, the
 * network to it cut, its pool exhausted): a passing state to answer 503 to, not a bug.
 */
const UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// A raw query reports the same as P2010 ("raw query failed"), with the driver adapter's own kind.
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);

// node-postgres's own errors for a connection that died under a query: they carry no code,
// so the adapter passes them on as they are (the database-down drill cuts queries in flight).
const CONNECTION_LOST =
  /^(Connection terminated|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect)/;

export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, meta, message, cause } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  };
  if (typeof code === "string" && UNREACHABLE.has(code)) return true;
  if (code === undefined && typeof message === "string" && CONNECTION_LOST.test(message)) return true;
  if (cause && cause !== error && isDatabaseUnavailable(cause)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" && UNREACHABLE_KINDS.has(kind);
}

/** The API's answer while the database is unavailable: clients may retry in half a minute. */
const databaseUnavailableResponse = () =>
  Response.json(
    { error: "service_unavailable" },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
  );

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
