// `node --import ./tests/bench/server-only-hook.mjs`: lets a benchmark call the app's
// data-access modules directly. "server-only" throws outside React's server build; here,
// as in the integration tests (vitest.config.mts), it resolves to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`),
);
