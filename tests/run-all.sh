#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Unit and integration tests (Vitest), the
# production build, and the end-to-end tests (Playwright, Debian Chromium) on SQLite; then
# the integration and end-to-end tests again on PostgreSQL when a server answers at
# TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres). Without one the
# PostgreSQL leg is skipped, and says so, unless REQUIRE_POSTGRES=1 (set by CI) makes it fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 # nothing leaves the machine

# The browser tests drive Debian's Chromium. Installing system packages is the machine's
# business (.ci/run does it on CI), not the test command's: without it, stop and say how.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}" ]; then
  echo "Chromium's headless shell is missing. Install it, then run the tests again:" >&2
  echo "  sudo apt-get install -y chromium-headless-shell fonts-noto-core   (or set CHROMIUM_PATH)" >&2
  exit 1
fi
[ -d app/lib/db/generated ] && [ -d app/lib/db/generated-postgresql ] || npm run db:generate

# The PostgreSQL leg re-runs only the end-to-end specs whose outcome can depend on the provider:
# writes of requests, replies, files (bytes: BLOB or bytea), appointments (slots decided by the
# database, concurrent bookings), staff and settings, in transactions and under concurrency,
# and several instances on one database (the deployment PostgreSQL is for). The others drive
# pages, headers, the check's rules, refusals and languages through the same queries: the
# SQLite leg covers them, and the integration tests run every data-layer function on both.
postgres_specs=(admin appointments-api appointments appointments-waitlist changes instances requests staff tracking uploads)
sqlite_only_specs=(authorization check client-mistakes security shell staff-russian)
# Every spec is in one list or the other: a new one must be placed, not forgotten.
for spec in tests/e2e/*.spec.ts; do
  name=$(basename "$spec" .spec.ts)
  if [[ ! " ${postgres_specs[*]} ${sqlite_only_specs[*]} " =~ " $name " ]]; then
    echo "tests/run-all.sh: put $spec in postgres_specs or sqlite_only_specs (does its outcome depend on the database?)" >&2
    exit 1
  fi
done
postgres_specs=("${postgres_specs[@]/#/tests/e2e/}")
postgres_specs=("${postgres_specs[@]/%/.spec.ts}")

work=$(mktemp -d)
pg_databases=()
cleanup() {
  for url in "${pg_databases[@]}"; do npx tsx tests/support/postgres-database.ts drop "$url" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "› Unit and integration tests (SQLite)"
npx vitest run

echo "› Production build (also type-checks every file) and end-to-end tests on a fresh SQLite database"
# Every journey sends its requests and look-ups from 127.0.0.1: lift the per-client hourly limits (tested on their own).
export DATABASE_URL="file:$work/e2e.db" NEXT_DIST_DIR=.next-test REQUESTS_PER_HOUR=100000 LOOKUPS_PER_HOUR=100000 WAITLIST_JOINS_PER_DAY=100000
npx prisma migrate deploy >/dev/null
npx tsx --conditions=react-server prisma/seed.ts
npx next build >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
npx playwright test

echo "› PostgreSQL"
if ! integration_db=$(npx tsx tests/support/postgres-database.ts create); then
  if [ "${REQUIRE_POSTGRES:-}" = "1" ]; then echo "PostgreSQL is required here (REQUIRE_POSTGRES=1) and not reachable." >&2; exit 1; fi
  echo "################################################################################"
  echo "  SKIPPED: the PostgreSQL leg (no server at ${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres})."
  echo "  Only SQLite was tested. Start PostgreSQL or set TEST_POSTGRES_URL to test both."
  echo "################################################################################"
  exit 0
fi
pg_databases+=("$integration_db")
e2e_db=$(npx tsx tests/support/postgres-database.ts create)
pg_databases+=("$e2e_db")
# PostgreSQL has no file beside it to keep generated keys in: give the keys as production does.
DATA_ENCRYPTION_KEY=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')
DATA_INDEX_KEY=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')
export DATA_ENCRYPTION_KEY DATA_INDEX_KEY
# Demo mode is never on with PostgreSQL by default; the journeys sign in as the demo staff.
export DEMO_MODE=true

echo "› Integration tests on PostgreSQL"
DATABASE_URL="$integration_db" npx vitest run --project integration

echo "› End-to-end tests on PostgreSQL: the specs that use the database differently, each test once (the same build; axe and JavaScript off ran in the SQLite leg)"
export DATABASE_URL="$e2e_db" E2E_SKIP_AXE=1
npx prisma migrate deploy >/dev/null
npx tsx --conditions=react-server prisma/seed.ts
# Only the phone project: with JavaScript off a form posts to the same server action, which makes
# the same queries, so the no-JS repeat of a journey tests nothing about the database.
npx playwright test --project=phone "${postgres_specs[@]}"
