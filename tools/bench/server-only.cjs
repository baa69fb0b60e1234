// `node --require ./tools/bench/server-only.cjs`: lets a benchmark call the app's data-access
// modules directly. "server-only" throws outside React's server build; here, as in the
// integration tests (vitest.config.mts), it is an empty module.
const Module = require("node:module");

const file = require.resolve("server-only");
const empty = new Module(file);
empty.loaded = true;
require.cache[file] = empty;
