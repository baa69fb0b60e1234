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

# The PostgreSQL leg re-runs only the end-to-end tests tagged @postgres: those whose outcome can
# depend on the provider (bookings decided by the database and made concurrently, files as bytes,
# a request's writes and transitions in transactions, dated publication, codes replaced and
# counted, a CLI on the database, several instances on one database, the deployment PostgreSQL is
# for). The others drive pages, headers, the check's rules, refusals and languages through the
# same queries: the SQLite leg covers them, and the integration tests run every data-layer
# function on both providers.

work=$(mktemp -d)
pg_databases=()
cleanup() {
  for url in "${pg_databases[@]}"; do npx tsx tests/support/postgres-database.ts drop "$url" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL first: whether its leg runs decides what runs alongside the SQLite tests.
postgres=yes
if integration_db=$(npx tsx tests/support/postgres-database.ts create); then
  pg_databases+=("$integration_db")
  e2e_db=$(npx tsx tests/support/postgres-database.ts create)
  pg_databases+=("$e2e_db")
elif [ "${REQUIRE_POSTGRES:-}" = "1" ]; then
  echo "PostgreSQL is required here (REQUIRE_POSTGRES=1) and not reachable." >&2
  exit 1
else
  postgres=
fi
# PostgreSQL has no file beside it to keep generated keys in: give the keys as production does.
pg_keys=(
  "DATA_ENCRYPTION_KEY=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"
  "DATA_INDEX_KEY=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"
)

export NEXT_DIST_DIR=.next-test # the tests' build, beside a developer's own
e2e_sqlite="file:$work/e2e.db"

# Jobs that do not touch each other run at once, each to its own log, shown when it ends:
# the integration tests run their files one after another (one database each), so each job
# alone leaves a core idle most of its time.
jobs_started=()
start_job() { # name, command…
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1 &
  jobs_started+=("$name:$!")
}
start_job "Unit and integration tests (SQLite)" npx vitest run
if [ -n "$postgres" ]; then
  start_job "Integration tests on PostgreSQL" env DATABASE_URL="$integration_db" "${pg_keys[@]}" DEMO_MODE=true \
    npx vitest run --project integration
  start_job "A fresh PostgreSQL database for the end-to-end tests" env DATABASE_URL="$e2e_db" "${pg_keys[@]}" DEMO_MODE=true \
    bash -c 'npx prisma migrate deploy && npx tsx --conditions=react-server prisma/seed.ts'
fi
start_job "Production build (also type-checks every file) and a fresh SQLite database for the end-to-end tests" \
  bash -c 'export DATABASE_URL="$1" && npx prisma migrate deploy && npx tsx --conditions=react-server prisma/seed.ts && npx next build' \
  - "$e2e_sqlite"
failed=
for job in "${jobs_started[@]}"; do
  name=${job%:*}
  if wait "${job##*:}"; then status="passed"; else status="FAILED" failed=yes; fi
  echo "› $name: $status"
  cat "$work/$name.log"
done
[ -z "$failed" ] || exit 1

echo "› End-to-end tests on the SQLite database"
# Every journey sends its requests and look-ups from 127.0.0.1: lift the per-client hourly limits (tested on their own).
export REQUESTS_PER_HOUR=100000 LOOKUPS_PER_HOUR=100000 WAITLIST_JOINS_PER_DAY=100000
DATABASE_URL="$e2e_sqlite" npx playwright test

if [ -z "$postgres" ]; then
  echo "################################################################################"
  echo "  SKIPPED: the PostgreSQL leg (no server at ${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres})."
  echo "  Only SQLite was tested. Start PostgreSQL or set TEST_POSTGRES_URL to test both."
  echo "################################################################################"
  exit 0
fi

echo "› End-to-end tests on PostgreSQL: those tagged @postgres, each once (the same build; axe and JavaScript off ran in the SQLite leg)"
# Demo mode is never on with PostgreSQL by default; the journeys sign in as the demo staff.
export DATABASE_URL="$e2e_db" E2E_SKIP_AXE=1 DEMO_MODE=true "${pg_keys[@]}"
# Only the phone project: with JavaScript off a form posts to the same server action, which makes
# the same queries, so the no-JS repeat of a journey tests nothing about the database.
npx playwright test --project=phone --grep @postgres
